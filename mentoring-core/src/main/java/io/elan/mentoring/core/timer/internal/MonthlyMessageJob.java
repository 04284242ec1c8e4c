package io.elan.mentoring.core.timer.internal;

import io.elan.mentoring.core.calendar.internal.PlannedCalendars;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.communication.internal.MonthlyMessageService;
import io.elan.mentoring.core.communication.internal.Quotes;
import io.elan.mentoring.core.communication.monthly.MonthlyContribution;
import io.elan.mentoring.core.communication.monthly.MonthlyContributions;
import io.elan.mentoring.core.communication.monthly.MonthlyMessages;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.survey.internal.SurveyEngine;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends each monthly message of a program's calendar when its touchpoint comes: to each community it is for, with the
 * team's contribution or Élan's own words on its theme, announcing the questionnaires that open before the next
 * monthly message to the same community. A message already published, by this node or another, is not sent again;
 * late joiners get it in their catch-up digest. A message whose time passed more than {@link #LATE_LIMIT} ago unsent
 * (the timer was stopped that long) is left out rather than sent out of season. Thread-safe.
 */
public final class MonthlyMessageJob {
    /** How late a monthly message may still go out. */
    public static final Duration LATE_LIMIT = Duration.ofDays(7);

    /** How far ahead a message announces questionnaires when no monthly message follows it. */
    private static final Duration LAST_MESSAGE_REACH = Duration.ofDays(35);

    private final PlannedCalendars calendars;
    private final BroadcastLog log;
    private final MonthlyMessageService monthly;
    private final MessageTexts texts;
    private final SurveyEngine surveys;
    private final MonthlyContributions contributions;
    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    /**
     * @param calendars the planned calendars
     * @param log where published monthly messages are found
     * @param monthly sends a month's message to a community
     * @param texts Élan's own words
     * @param surveys the questionnaire waves to announce
     * @param contributions the team's words, when it gives them
     */
    public MonthlyMessageJob(PlannedCalendars calendars, BroadcastLog log, MonthlyMessageService monthly,
            MessageTexts texts, SurveyEngine surveys, MonthlyContributions contributions) {
        this.calendars = calendars;
        this.log = log;
        this.monthly = monthly;
        this.texts = texts;
        this.surveys = surveys;
        this.contributions = contributions;
    }

    /**
     * @param tenant the tenant
     * @param program a running or closing program
     * @param now the call's instant
     * @param budget what the call may still do
     * @return how many messages were newly queued
     */
    public int run(TenantId tenant, Program program, Instant now, Budget budget) {
        List<PlannedTouchpoint> messages = calendars.of(tenant, program)
                .map(planned -> planned.calendar().touchpoints().stream()
                        .filter(t -> t.format() == Format.MONTHLY_MESSAGE).toList())
                .orElse(List.of());
        int queued = 0;
        for (PlannedTouchpoint message : messages) {
            Instant start = message.start().toInstant();
            if (start.isAfter(now) || !start.isAfter(now.minus(LATE_LIMIT))) {
                continue;
            }
            for (Role community : communities(message.audience())) {
                String key = tenant.value() + '\n' + program.id().value() + '\n' + message.key() + '\n' + community;
                if (sent.contains(key)) {
                    continue;
                }
                if (budget.messagesLeft() == 0) {
                    budget.stoppedShort();
                    return queued;
                }
                YearMonth month = YearMonth.from(message.start().withZoneSameInstant(program.zone()));
                if (log.find(tenant, program.id(), MonthlyMessages.broadcastId(month, community)).isEmpty()) {
                    MonthlyContribution contribution = contributions.contribution(tenant, program, message, community)
                            .orElseGet(() -> ownWords(program, month, community, message));
                    check(contribution, program, month, community);
                    SendReport report = monthly.send(tenant, announcing(tenant, program, contribution, start,
                            next(messages, message)));
                    queued += report.newlyQueued();
                    budget.spendMessages(report.addressees().size());
                }
                sent.add(key);
            }
        }
        return queued;
    }

    private MonthlyContribution ownWords(Program program, YearMonth month, Role community, PlannedTouchpoint message) {
        MonthlyContribution.Builder words = MonthlyContribution.builder().program(program.id()).month(month)
                .community(community);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String theme = message.theme().in(locale);
            words.version(locale, MessageContent.of(texts.format("monthly.theme", locale, program.locale(),
                    Quotes.unwrap(theme)), texts.format("monthly.theme.intro", locale, program.locale(),
                    Quotes.unwrap(theme))));
        }
        return words.build();
    }

    private MonthlyContribution announcing(TenantId tenant, Program program, MonthlyContribution contribution,
            Instant from, Instant until) {
        Map<Locale, MessageContent> versions = new LinkedHashMap<>();
        boolean any = false;
        for (Map.Entry<Locale, MessageContent> version : contribution.versions().entrySet()) {
            List<String> announcements = surveys.announcements(tenant, program, from, until, version.getKey());
            any |= !announcements.isEmpty();
            MessageContent content = version.getValue();
            List<String> paragraphs = new ArrayList<>(content.paragraphs());
            paragraphs.addAll(announcements);
            versions.put(version.getKey(), new MessageContent(content.title(), paragraphs, content.keyPoints(),
                    content.links(), content.callToAction()));
        }
        return any ? new MonthlyContribution(contribution.program(), contribution.month(), contribution.community(),
                versions, contribution.spotlight(), contribution.shareAt()) : contribution;
    }

    private static Instant next(List<PlannedTouchpoint> messages, PlannedTouchpoint message) {
        Instant start = message.start().toInstant();
        return messages.stream()
                .filter(t -> t.audience() == message.audience())
                .map(t -> t.start().toInstant())
                .filter(t -> t.isAfter(start))
                .min(Instant::compareTo)
                .orElse(start.plus(LAST_MESSAGE_REACH));
    }

    private static void check(MonthlyContribution contribution, Program program, YearMonth month, Role community) {
        List<Violation> violations = new ArrayList<>();
        if (!contribution.program().equals(program.id())) {
            violations.add(Violation.of("contribution.program", "must be " + program.id().value(),
                    contribution.program().value()));
        }
        if (!contribution.month().equals(month)) {
            violations.add(Violation.of("contribution.month", "must be the touchpoint's month, " + month,
                    contribution.month()));
        }
        if (contribution.community() != community) {
            violations.add(Violation.of("contribution.community", "must be " + community,
                    contribution.community()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private static List<Role> communities(Audience audience) {
        return switch (audience) {
            case MENTORS -> List.of(Role.MENTOR);
            case MENTEES -> List.of(Role.MENTEE);
            case BOTH -> List.of(Role.MENTOR, Role.MENTEE);
        };
    }
}
