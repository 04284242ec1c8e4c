package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.ColumnType.DATE;
import static io.elan.mentoring.jdbc.internal.ColumnType.INSTANT;
import static io.elan.mentoring.jdbc.internal.ColumnType.LINE;
import static io.elan.mentoring.jdbc.internal.ColumnType.LOCALE;
import static io.elan.mentoring.jdbc.internal.ColumnType.TEXT;
import static io.elan.mentoring.jdbc.internal.ColumnType.TEXT_MAP;
import static io.elan.mentoring.jdbc.internal.ColumnType.TEXT_SET;
import static io.elan.mentoring.jdbc.internal.ColumnType.ZONE;
import static io.elan.mentoring.jdbc.internal.ColumnType.constant;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;

/**
 * The rows of the program store, one declaration per entity: each column's name beside the record component it holds
 * and how it is stored. A test holds every declaration to the columns and primary key of its table in the migrated
 * schema.
 */
final class ProgramRows {
    private static final ColumnType<ProgramId> PROGRAM_ID = TEXT.as(ProgramId.class, ProgramId::value, ProgramId::of);
    private static final ColumnType<PersonId> PERSON_ID = TEXT.as(PersonId.class, PersonId::value, PersonId::of);

    static final RowCodec<Program> PROGRAMS = RowCodec.builder("elan_program", "program", Program.class)
                    .tenant()
                    .key("program_id", "id", PROGRAM_ID)
                    .column("name", "name", TEXT)
                    .column("kick_off", "kickOff", DATE)
                    .column("closing", "closing", DATE)
                    .column("zone_id", "zone", ZONE)
                    .column("locale_tag", "locale", LOCALE)
                    .column("status", "status", constant(ProgramStatus.class))
                    .column("settings", "settings", TEXT_MAP)
                    .versioned()
                    .listedBy("program_id")
                    .build();

    static final RowCodec<Participant> PARTICIPANTS =
            RowCodec.builder("elan_participant", "participant", Participant.class)
                    .key("program_id", "program", PROGRAM_ID)
                    .key("person_id", "person", PERSON_ID)
                    .column("role", "role", constant(Role.class))
                    .column("channel", "preferredChannel", TEXT.as(Channel.class, Channel::name, Channel::of))
                    .column("locale_tag", "locale", LOCALE)
                    .column("zone_id", "zone", ZONE)
                    .column("status", "status", constant(ParticipantStatus.class))
                    .column("enrolled_on", "enrolledOn", DATE)
                    .column("opt_outs", "optOuts", TEXT_SET)
                    .versioned()
                    .listedBy("person_id")
                    .build();

    static final RowCodec<Pair> PAIRS = RowCodec.builder("elan_pair", "pair", Pair.class)
                    .key("program_id", "program", PROGRAM_ID)
                    .key("pair_id", "id", TEXT.as(PairId.class, PairId::value, PairId::of))
                    .column("mentor_id", "mentor", PERSON_ID)
                    .column("mentee_id", "mentee", PERSON_ID)
                    .column("status", "status", constant(PairStatus.class))
                    .column("formed_on", "formedOn", DATE)
                    .optional("ended_on", "endedOn", DATE)
                    .optional("end_reason", "endReason", TEXT)
                    .versioned()
                    .listedBy("pair_id")
                    .build();

    static final RowCodec<Touchpoint> TOUCHPOINTS = RowCodec.builder("elan_touchpoint", "touchpoint", Touchpoint.class)
                    .key("program_id", "program", PROGRAM_ID)
                    .key("touchpoint_id", "id", TEXT.as(TouchpointId.class, TouchpointId::value, TouchpointId::of))
                    .column("format", "format", constant(Format.class))
                    .column("theme", "theme", LINE)
                    .column("starts_at", "start", INSTANT)
                    .column("ends_at", "end", INSTANT)
                    .column("delivery_mode", "mode", constant(DeliveryMode.class))
                    .column("audience", "audience", constant(Audience.class))
                    .column("status", "status", constant(TouchpointStatus.class))
                    .versioned()
                    .listedBy("starts_at", "touchpoint_id")
                    .build();

    static final RowCodec<HotlineRequest> HOTLINE_REQUESTS =
            RowCodec.builder("elan_hotline_request", "hotline request", HotlineRequest.class)
                    .key("program_id", "program", PROGRAM_ID)
                    .key("request_id", "id",
                            TEXT.as(HotlineRequestId.class, HotlineRequestId::value, HotlineRequestId::of))
                    .column("raised_by", "raisedBy", PERSON_ID)
                    .column("topic", "topic", constant(HotlineTopic.class))
                    .column("subject", "subject", LINE)
                    .column("details", "details", TEXT)
                    .column("raised_at", "raisedAt", INSTANT)
                    .column("status", "status", constant(HotlineStatus.class))
                    .optional("assignee_id", "assignee", PERSON_ID)
                    .optional("answer", "answer", TEXT)
                    .optional("answered_at", "answeredAt", INSTANT)
                    .optional("closed_at", "closedAt", INSTANT)
                    .versioned()
                    .listedBy("raised_at", "request_id")
                    .build();

    static final RowCodec<FollowUpCall> FOLLOW_UP_CALLS =
            RowCodec.builder("elan_checkpoint_call", "follow-up call", FollowUpCall.class)
                    .key("program_id", "program", PROGRAM_ID)
                    .key("call_id", "id", TEXT.as(FollowUpCallId.class, FollowUpCallId::value, FollowUpCallId::of))
                    .column("person_id", "person", PERSON_ID)
                    .column("due_from", "dueFrom", DATE)
                    .column("due_by", "dueBy", DATE)
                    .column("status", "status", constant(CallStatus.class))
                    .optional("outcome", "outcome", constant(CallOutcome.class))
                    .optional("logged_at", "loggedAt", INSTANT)
                    .optional("notes", "notes", TEXT)
                    .versioned()
                    .listedBy("due_from", "call_id")
                    .build();

    /** Attendance is replaced rather than versioned: recording it again is the last word. */
    static final RowCodec<Attendance> ATTENDANCE = RowCodec.builder("elan_attendance", "attendance", Attendance.class)
                    .key("program_id", "program", PROGRAM_ID)
                    .key("touchpoint_id", "touchpoint",
                            TEXT.as(TouchpointId.class, TouchpointId::value, TouchpointId::of))
                    .key("person_id", "person", PERSON_ID)
                    .column("status", "status", constant(AttendanceStatus.class))
                    .column("recorded_at", "recordedAt", INSTANT)
                    .listedBy("person_id")
                    .build();

    private ProgramRows() {}
}
