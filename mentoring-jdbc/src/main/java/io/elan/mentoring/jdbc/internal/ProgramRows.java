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
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the program store, one declaration per entity: each column's name beside the field it holds, how it
 * is written and how it is read back. A test holds every declaration to the columns and primary key of its table in
 * the migrated schema.
 */
final class ProgramRows {
    private static final ColumnType<ProgramId> PROGRAM_ID = TEXT.as(ProgramId::value, ProgramId::of);
    private static final ColumnType<PersonId> PERSON_ID = TEXT.as(PersonId::value, PersonId::of);

    static final RowCodec<Program, Program.Builder> PROGRAMS =
            RowCodec.builder("elan_program", "program", Program::builder, Program.Builder::build)
                    .tenant(Program.Builder::tenant)
                    .key("program_id", "id", PROGRAM_ID, Program::id, Program.Builder::id)
                    .column("name", "name", TEXT, Program::name, Program.Builder::name)
                    .column("kick_off", "kickOff", DATE, Program::kickOff, Program.Builder::kickOff)
                    .column("closing", "closing", DATE, Program::closing, Program.Builder::closing)
                    .column("zone_id", "zone", ZONE, Program::zone, Program.Builder::zone)
                    .column("locale_tag", "locale", LOCALE, Program::locale, Program.Builder::locale)
                    .column("status", "status", constant(ProgramStatus.class), Program::status,
                            Program.Builder::status)
                    .column("settings", "settings", TEXT_MAP, Program::settings, Program.Builder::settings)
                    .versioned(Program::version, Program::withVersion, Program.Builder::version)
                    .listedBy("program_id")
                    .build();

    static final RowCodec<Participant, Participant.Builder> PARTICIPANTS =
            RowCodec.builder("elan_participant", "participant", Participant::builder, Participant.Builder::build)
                    .key("program_id", "program", PROGRAM_ID, Participant::program, Participant.Builder::program)
                    .key("person_id", "person", PERSON_ID, Participant::person, Participant.Builder::person)
                    .column("role", "role", constant(Role.class), Participant::role, Participant.Builder::role)
                    .column("channel", "preferredChannel", TEXT.as(Channel::name, Channel::of),
                            Participant::preferredChannel, Participant.Builder::preferredChannel)
                    .column("locale_tag", "locale", LOCALE, Participant::locale, Participant.Builder::locale)
                    .column("zone_id", "zone", ZONE, Participant::zone, Participant.Builder::zone)
                    .column("status", "status", constant(ParticipantStatus.class), Participant::status,
                            Participant.Builder::status)
                    .column("enrolled_on", "enrolledOn", DATE, Participant::enrolledOn,
                            Participant.Builder::enrolledOn)
                    .column("opt_outs", "optOuts", TEXT_SET, Participant::optOuts, Participant.Builder::optOuts)
                    .versioned(Participant::version, Participant::withVersion, Participant.Builder::version)
                    .listedBy("person_id")
                    .build();

    static final RowCodec<Pair, Pair.Builder> PAIRS =
            RowCodec.builder("elan_pair", "pair", Pair::builder, Pair.Builder::build)
                    .key("program_id", "program", PROGRAM_ID, Pair::program, Pair.Builder::program)
                    .key("pair_id", "id", TEXT.as(PairId::value, PairId::of), Pair::id, Pair.Builder::id)
                    .column("mentor_id", "mentor", PERSON_ID, Pair::mentor, Pair.Builder::mentor)
                    .column("mentee_id", "mentee", PERSON_ID, Pair::mentee, Pair.Builder::mentee)
                    .column("status", "status", constant(PairStatus.class), Pair::status, Pair.Builder::status)
                    .column("formed_on", "formedOn", DATE, Pair::formedOn, Pair.Builder::formedOn)
                    .optional("ended_on", "endedOn", DATE, Pair::endedOn, Pair.Builder::endedOn)
                    .optional("end_reason", "endReason", TEXT, Pair::endReason, Pair.Builder::endReason)
                    .versioned(Pair::version, Pair::withVersion, Pair.Builder::version)
                    .listedBy("pair_id")
                    .build();

    static final RowCodec<Touchpoint, Touchpoint.Builder> TOUCHPOINTS =
            RowCodec.builder("elan_touchpoint", "touchpoint", Touchpoint::builder, Touchpoint.Builder::build)
                    .key("program_id", "program", PROGRAM_ID, Touchpoint::program, Touchpoint.Builder::program)
                    .key("touchpoint_id", "id", TEXT.as(TouchpointId::value, TouchpointId::of), Touchpoint::id,
                            Touchpoint.Builder::id)
                    .column("format", "format", constant(Format.class), Touchpoint::format,
                            Touchpoint.Builder::format)
                    .column("theme", "theme", LINE, Touchpoint::theme, Touchpoint.Builder::theme)
                    .column("starts_at", "start", INSTANT, Touchpoint::start, Touchpoint.Builder::start)
                    .column("ends_at", "end", INSTANT, Touchpoint::end, Touchpoint.Builder::end)
                    .column("delivery_mode", "mode", constant(DeliveryMode.class), Touchpoint::mode,
                            Touchpoint.Builder::mode)
                    .column("audience", "audience", constant(Audience.class), Touchpoint::audience,
                            Touchpoint.Builder::audience)
                    .column("status", "status", constant(TouchpointStatus.class), Touchpoint::status,
                            Touchpoint.Builder::status)
                    .versioned(Touchpoint::version, Touchpoint::withVersion, Touchpoint.Builder::version)
                    .listedBy("starts_at", "touchpoint_id")
                    .build();

    static final RowCodec<HotlineRequest, HotlineRequest.Builder> HOTLINE_REQUESTS =
            RowCodec.builder("elan_hotline_request", "hotline request", HotlineRequest::builder,
                            HotlineRequest.Builder::build)
                    .key("program_id", "program", PROGRAM_ID, HotlineRequest::program,
                            HotlineRequest.Builder::program)
                    .key("request_id", "id", TEXT.as(HotlineRequestId::value, HotlineRequestId::of),
                            HotlineRequest::id, HotlineRequest.Builder::id)
                    .column("raised_by", "raisedBy", PERSON_ID, HotlineRequest::raisedBy,
                            HotlineRequest.Builder::raisedBy)
                    .column("topic", "topic", constant(HotlineTopic.class), HotlineRequest::topic,
                            HotlineRequest.Builder::topic)
                    .column("subject", "subject", LINE, HotlineRequest::subject, HotlineRequest.Builder::subject)
                    .column("details", "details", TEXT, HotlineRequest::details, HotlineRequest.Builder::details)
                    .column("raised_at", "raisedAt", INSTANT, HotlineRequest::raisedAt,
                            HotlineRequest.Builder::raisedAt)
                    .column("status", "status", constant(HotlineStatus.class), HotlineRequest::status,
                            HotlineRequest.Builder::status)
                    .optional("assignee_id", "assignee", PERSON_ID, HotlineRequest::assignee,
                            HotlineRequest.Builder::assignee)
                    .optional("answer", "answer", TEXT, HotlineRequest::answer, HotlineRequest.Builder::answer)
                    .optional("answered_at", "answeredAt", INSTANT, HotlineRequest::answeredAt,
                            HotlineRequest.Builder::answeredAt)
                    .optional("closed_at", "closedAt", INSTANT, HotlineRequest::closedAt,
                            HotlineRequest.Builder::closedAt)
                    .versioned(HotlineRequest::version, HotlineRequest::withVersion, HotlineRequest.Builder::version)
                    .listedBy("raised_at", "request_id")
                    .build();

    static final RowCodec<FollowUpCall, FollowUpCall.Builder> FOLLOW_UP_CALLS =
            RowCodec.builder("elan_checkpoint_call", "follow-up call", FollowUpCall::builder,
                            FollowUpCall.Builder::build)
                    .key("program_id", "program", PROGRAM_ID, FollowUpCall::program, FollowUpCall.Builder::program)
                    .key("call_id", "id", TEXT.as(FollowUpCallId::value, FollowUpCallId::of), FollowUpCall::id,
                            FollowUpCall.Builder::id)
                    .column("person_id", "person", PERSON_ID, FollowUpCall::person, FollowUpCall.Builder::person)
                    .column("due_from", "dueFrom", DATE, FollowUpCall::dueFrom, FollowUpCall.Builder::dueFrom)
                    .column("due_by", "dueBy", DATE, FollowUpCall::dueBy, FollowUpCall.Builder::dueBy)
                    .column("status", "status", constant(CallStatus.class), FollowUpCall::status,
                            FollowUpCall.Builder::status)
                    .optional("outcome", "outcome", constant(CallOutcome.class), FollowUpCall::outcome,
                            FollowUpCall.Builder::outcome)
                    .optional("logged_at", "loggedAt", INSTANT, FollowUpCall::loggedAt,
                            FollowUpCall.Builder::loggedAt)
                    .optional("notes", "notes", TEXT, FollowUpCall::notes, FollowUpCall.Builder::notes)
                    .versioned(FollowUpCall::version, FollowUpCall::withVersion, FollowUpCall.Builder::version)
                    .listedBy("due_from", "call_id")
                    .build();

    /** Attendance is replaced rather than versioned: recording it again is the last word. */
    static final RowCodec<Attendance, AttendanceBuilder> ATTENDANCE =
            RowCodec.builder("elan_attendance", "attendance", AttendanceBuilder::new, AttendanceBuilder::build)
                    .key("program_id", "program", PROGRAM_ID, Attendance::program, AttendanceBuilder::program)
                    .key("touchpoint_id", "touchpoint", TEXT.as(TouchpointId::value, TouchpointId::of),
                            Attendance::touchpoint, AttendanceBuilder::touchpoint)
                    .key("person_id", "person", PERSON_ID, Attendance::person, AttendanceBuilder::person)
                    .column("status", "status", constant(AttendanceStatus.class), Attendance::status,
                            AttendanceBuilder::status)
                    .column("recorded_at", "recordedAt", INSTANT, Attendance::recordedAt,
                            AttendanceBuilder::recordedAt)
                    .listedBy("person_id")
                    .build();

    private ProgramRows() {}

    /**
     * The fields of an {@link Attendance} gathered while its row is read, which has no builder of its own; the
     * record's constructor checks them.
     */
    static final class AttendanceBuilder {
        private @Nullable ProgramId program;
        private @Nullable TouchpointId touchpoint;
        private @Nullable PersonId person;
        private @Nullable AttendanceStatus status;
        private @Nullable Instant recordedAt;

        void program(ProgramId value) {
            program = value;
        }

        void touchpoint(TouchpointId value) {
            touchpoint = value;
        }

        void person(PersonId value) {
            person = value;
        }

        void status(AttendanceStatus value) {
            status = value;
        }

        void recordedAt(Instant value) {
            recordedAt = value;
        }

        Attendance build() {
            return new Attendance(program, touchpoint, person, status, recordedAt);
        }
    }
}
