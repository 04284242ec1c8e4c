package io.elan.mentoring.core.matching.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elan.mentoring.core.matching.ConfirmedProposal;
import io.elan.mentoring.matching.CriterionScore;
import io.elan.mentoring.matching.DepartmentPreference;
import io.elan.mentoring.matching.HardRule;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.matching.ProposedPair;
import io.elan.mentoring.matching.Unmatched;
import io.elan.mentoring.matching.UnmatchedReason;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a program's {@link ConfirmedProposal} is kept in its settings, so that it survives a restart and every engine
 * sharing the store reads it: as compact JSON (each pair as an array of its ids and criteria, each person left out as
 * an array of their reason and counts) cut into parts of at most {@value #PART_LENGTH} characters under the keys
 * {@code elan.matching.confirmed}, {@code elan.matching.confirmed.1}, and so on. At most {@value #MAX_PARTS} parts are
 * kept, room for about 1,400 pairs, and never more than the settings a program has room for; a record that would need
 * more is dropped (the engine logs it at WARN), and {@link io.elan.mentoring.core.matching.Matching#lastConfirmed} then
 * reads nothing. Stateless.
 */
final class ConfirmedProposals {

    /** The first part's key. */
    static final String KEY = "elan.matching.confirmed";
    private static final int PART_LENGTH = 4000;
    private static final int MAX_PARTS = 40;
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfirmedProposals() {}

    /**
     * @param settings a program's settings
     * @return the record they keep, if any
     * @throws InvalidValueException if a part holds what the engine did not write
     */
    static Optional<ConfirmedProposal> read(Map<String, String> settings) {
        String first = settings.get(KEY);
        if (first == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(first);
        for (int i = 1; settings.containsKey(KEY + "." + i); i++) {
            text.append(settings.get(KEY + "." + i));
        }
        try {
            return Optional.of(decode(JSON.readTree(text.toString())));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new InvalidValueException("settings[" + KEY + "]", "must hold the record the engine wrote",
                    e.getMessage());
        }
    }

    /**
     * Adds a confirmation to the record a program's settings keep.
     *
     * @param settings a program's settings, changed in place
     * @param at when the proposal was confirmed
     * @param proposal the proposal confirmed
     * @param formed the pairs of the proposal that were formed
     * @return whether the record fits in the settings and was kept; when it does not, the settings hold no record
     */
    static boolean add(Map<String, String> settings, Instant at, Proposal proposal, List<ProposedPair> formed) {
        Optional<ConfirmedProposal> before = read(settings);
        List<ProposedPair> pairs = new ArrayList<>();
        before.ifPresent(b -> pairs.addAll(b.proposal().pairs()));
        pairs.addAll(formed);
        ConfirmedProposal record = new ConfirmedProposal(at, before.map(b -> b.confirmations() + 1).orElse(1),
                new Proposal(pairs, proposal.unmatched(), proposal.maxPairScore(), proposal.seatsLeft(),
                        proposal.weakestProtected()));
        settings.keySet().removeIf(k -> k.equals(KEY) || k.startsWith(KEY + "."));
        String text = encode(record).toString();
        int parts = (text.length() + PART_LENGTH - 1) / PART_LENGTH;
        if (parts > Math.min(MAX_PARTS, Program.MAX_SETTINGS - settings.size())) {
            return false;
        }
        for (int part = 0; part < parts; part++) {
            settings.put(part == 0 ? KEY : KEY + "." + part,
                    text.substring(part * PART_LENGTH, Math.min(text.length(), (part + 1) * PART_LENGTH)));
        }
        return true;
    }

    static JsonNode encode(ConfirmedProposal record) {
        ObjectNode json = JSON.createObjectNode();
        Proposal proposal = record.proposal();
        json.put("format", FORMAT);
        json.put("at", record.confirmedAt().toString());
        json.put("confirmations", record.confirmations());
        json.put("maxPairScore", proposal.maxPairScore());
        json.put("seatsLeft", proposal.seatsLeft());
        json.put("weakestProtected", proposal.weakestProtected());
        ArrayNode pairs = json.putArray("pairs");
        for (ProposedPair pair : proposal.pairs()) {
            ArrayNode row = pairs.addArray().add(pair.mentor().value()).add(pair.mentee().value()).add(pair.pinned());
            pair.criteria().forEach(c -> row.add(criterion(c)));
        }
        ArrayNode unmatched = json.putArray("unmatched");
        for (Unmatched u : proposal.unmatched()) {
            ObjectNode ruledOut = JSON.createObjectNode();
            u.ruledOut().forEach((rule, count) -> ruledOut.put(rule.name(), count));
            unmatched.addArray().add(u.person().value()).add(u.role().name()).add(u.reason().name())
                    .add(u.candidates()).add(u.compatible()).add(ruledOut);
        }
        return json;
    }

    private static ArrayNode criterion(CriterionScore c) {
        ArrayNode row = JSON.createArrayNode();
        if (c instanceof CriterionScore.SharedTopics t) {
            row.add("topics").add(t.points()).add(t.maxPoints()).add(t.goals());
            t.shared().forEach(row::add);
        } else if (c instanceof CriterionScore.LevelGap l) {
            row.add("levelGap").add(l.points()).add(l.maxPoints()).add(l.gap()).add(l.target());
        } else if (c instanceof CriterionScore.Department d) {
            row.add("department").add(d.points()).add(d.maxPoints()).add(d.preference().name())
                    .add(d.mentorDepartment()).add(d.menteeDepartment());
        } else if (c instanceof CriterionScore.Location l) {
            row.add("location").add(l.points()).add(l.maxPoints()).add(l.fit().name()).add(l.site());
        } else {
            CriterionScore.Wishes w = (CriterionScore.Wishes) c;
            row.add("wishes").add(w.points()).add(w.maxPoints()).add(w.menteeRank()).add(w.mentorRank());
        }
        return row;
    }

    static ConfirmedProposal decode(JsonNode json) {
        if (json.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException("unknown format " + json.path("format"));
        }
        List<ProposedPair> pairs = new ArrayList<>();
        for (JsonNode row : json.get("pairs")) {
            List<CriterionScore> criteria = new ArrayList<>();
            for (int i = 3; i < row.size(); i++) {
                criteria.add(criterion(row.get(i)));
            }
            pairs.add(new ProposedPair(PersonId.of(row.get(0).textValue()), PersonId.of(row.get(1).textValue()),
                    criteria.stream().mapToInt(CriterionScore::points).sum(), row.get(2).booleanValue(), criteria));
        }
        List<Unmatched> unmatched = new ArrayList<>();
        for (JsonNode row : json.get("unmatched")) {
            Map<HardRule, Integer> ruledOut = new EnumMap<>(HardRule.class);
            Iterator<Map.Entry<String, JsonNode>> counts = row.get(5).fields();
            while (counts.hasNext()) {
                Map.Entry<String, JsonNode> count = counts.next();
                ruledOut.put(HardRule.valueOf(count.getKey()), count.getValue().intValue());
            }
            unmatched.add(new Unmatched(PersonId.of(row.get(0).textValue()), Role.valueOf(row.get(1).textValue()),
                    UnmatchedReason.valueOf(row.get(2).textValue()), row.get(3).intValue(), ruledOut,
                    row.get(4).intValue()));
        }
        return new ConfirmedProposal(Instant.parse(json.get("at").textValue()), json.get("confirmations").intValue(),
                new Proposal(pairs, unmatched, json.get("maxPairScore").intValue(), json.get("seatsLeft").intValue(),
                        json.get("weakestProtected").booleanValue()));
    }

    private static CriterionScore criterion(JsonNode row) {
        int points = row.get(1).intValue();
        int max = row.get(2).intValue();
        return switch (row.get(0).textValue()) {
            case "topics" -> {
                List<String> shared = new ArrayList<>();
                for (int i = 4; i < row.size(); i++) {
                    shared.add(row.get(i).textValue());
                }
                yield new CriterionScore.SharedTopics(points, max, shared, row.get(3).intValue());
            }
            case "levelGap" -> new CriterionScore.LevelGap(points, max, row.get(3).intValue(), row.get(4).intValue());
            case "department" -> new CriterionScore.Department(points, max, text(row.get(4)), text(row.get(5)),
                    DepartmentPreference.valueOf(row.get(3).textValue()));
            case "location" -> new CriterionScore.Location(points, max,
                    CriterionScore.LocationFit.valueOf(row.get(3).textValue()), text(row.get(4)));
            case "wishes" -> new CriterionScore.Wishes(points, max, row.get(3).intValue(), row.get(4).intValue());
            default -> throw new IllegalArgumentException("unknown criterion " + row.get(0));
        };
    }

    private static @Nullable String text(JsonNode node) {
        return node.isNull() ? null : node.textValue();
    }
}
