package io.elan.mentoring.core.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a respondent answers: the host's page that reads the token from the link, shows the questionnaire and hands
 * the answers to {@link Surveys#submit}. Every invitation and reminder carries the link of its respondent's token.
 * The link is a secret of its respondent: whoever holds it can answer in their place, once.
 *
 * <p>Implementations are thread-safe and return the same link for the same arguments.
 */
@FunctionalInterface
public interface SurveyLinks {

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave's id
     * @param token the respondent's single-use token
     * @return the absolute http(s) link the respondent follows to answer
     */
    URI answerLink(TenantId tenant, ProgramId program, String wave, ResponseToken token);

    /**
     * Links made from a template: {@code {tenant}}, {@code {program}}, {@code {wave}} and {@code {token}} are replaced
     * by their values, URL-encoded.
     *
     * <pre>{@code
     * SurveyLinks.template("https://hr.example/surveys/{program}/{wave}?token={token}")
     * }</pre>
     *
     * @param template an absolute http or https address holding {@code {token}}
     * @return the links
     * @throws InvalidValueException naming {@code template} if it is not an absolute http(s) address with
     *     {@code {token}} in it
     */
    static SurveyLinks template(String template) {
        if (template == null || !template.contains("{token}")) {
            throw new InvalidValueException("template", "must hold {token}", template == null ? null
                    : "\"" + template + "\"");
        }
        URI sample = parse(fill(template, "t", "p", "w", "token"), template);
        String scheme = sample.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || sample.getHost() == null) {
            throw new InvalidValueException("template", "must be an absolute http or https address",
                    "\"" + template + "\"");
        }
        return (tenant, program, wave, token) -> parse(fill(template, encode(tenant.value()),
                encode(program.value()), encode(wave), encode(token.value())), template);
    }

    private static String fill(String template, String tenant, String program, String wave, String token) {
        return template.replace("{tenant}", tenant).replace("{program}", program).replace("{wave}", wave)
                .replace("{token}", token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static URI parse(String link, String template) {
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("template", "must give a valid address", "\"" + template + "\"");
        }
    }
}
