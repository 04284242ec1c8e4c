package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.communication.broadcast.ParityReport;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.communication.monthly.MonthlyContribution;
import io.elan.mentoring.core.communication.monthly.MonthlyMessages;
import io.elan.mentoring.core.communication.monthly.Spotlight;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Role;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link MonthlyMessages} for every tenant: the team's contribution, its spotlight and the invitation to share,
 * published as a broadcast, so that late joiners catch up on it and it has a parity report. Thread-safe if the ports
 * are.
 */
public final class MonthlyMessageService {

    private static final String KIND = MonthlyMessages.KIND;

    private final BroadcastService broadcasts;
    private final MessageTexts texts;

    MonthlyMessageService(BroadcastService broadcasts, MessageTexts texts) {
        this.broadcasts = broadcasts;
        this.texts = texts;
    }

    /**
     * Sends the month's message to the community. Sending the same contribution again sends nothing twice. The team's
     * words identify the month's message: sending it again with another spotlight or share link changes nothing for
     * those already addressed (only members addressed for the first time read the new ones).
     *
     * @param tenant the tenant
     * @param contribution the team's contribution
     * @return who got it in the outbox and who did not and why
     * @throws io.elan.mentoring.spi.NotFoundException if the program does not exist in the tenant
     * @throws io.elan.mentoring.spi.InvalidValueException if the program cannot send, or a different contribution was
     *     already sent to this community for this month
     */
    public SendReport send(TenantId tenant, MonthlyContribution contribution) {
        Objects.requireNonNull(contribution, "contribution");
        Broadcast broadcast = new Broadcast(MonthlyMessages.broadcastId(contribution.month(), contribution.community()),
                contribution.program(), audience(contribution.community()), KIND, contribution.versions());
        return broadcasts.publish(tenant, broadcast, (version, locale, chain) -> compose(contribution, version, chain));
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param month the month
     * @param community the community
     * @return who got that month's message and who did not and why
     * @throws io.elan.mentoring.spi.NotFoundException if no such message was sent
     */
    public ParityReport parity(TenantId tenant, ProgramId program, YearMonth month, Role community) {
        return broadcasts.parity(tenant, program, MonthlyMessages.broadcastId(month, community));
    }

    private MessageContent compose(MonthlyContribution contribution, MessageContent version, LocaleChain chain) {
        List<String> paragraphs = new ArrayList<>(version.paragraphs());
        for (Spotlight s : contribution.spotlight()) {
            paragraphs.add(chain.format(texts, "monthly.spotlight", s.who(), s.what()));
        }
        paragraphs.add(chain.format(texts, "monthly.invitation"));
        URI shareAt = contribution.shareAt();
        Link action = shareAt == null ? version.callToAction()
                : new Link(chain.format(texts, "monthly.share"), shareAt);
        return new MessageContent(version.title(), paragraphs, version.keyPoints(), version.links(), action);
    }

    private static Audience audience(Role community) {
        return community == Role.MENTOR ? Audience.MENTORS : Audience.MENTEES;
    }
}
