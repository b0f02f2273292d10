package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * A spokesperson voices the government's acts (protests, statements, sanctions, expulsions) and takes
 * part in them; the contacts a spokesperson announces (总统府发言人张惇涵表示，帛琉总统拟访台) are
 * other people's. Stateless.
 */
final class Spokespersons {

    static final String SPOKESPERSON = "spokesperson";
    private static final Set<EventType> VOICED = Set.of(EventType.PROTEST, EventType.STATEMENT, EventType.SANCTION,
            EventType.EXPULSION);

    /** After a country, the bodies that speak for it (中国外交部, 马尼拉当局). */
    private static final Pattern GOVERNMENT_VOICE = Pattern.compile("外交部|外务省|政府|当局|官方|发言人");
    private static final Pattern MINISTRY_VOICE = Pattern.compile("外交部|外务省");
    /** "菲律宾总统发言人罗奎": who speaks for the head of state or government, not for the foreign ministry. */
    private static final Pattern HEAD_SPOKESPERSON = Pattern.compile("(?:总统|总理|首相)府?(?:新闻)?发言人$");

    private Spokespersons() {
    }

    /** Removes the spokespersons from the persons of a candidate that is no voiced act. */
    static void keepToVoicedActs(Candidate candidate) {
        if (!VOICED.contains(candidate.type())) {
            candidate.actors().persons().values()
                    .removeIf(p -> p.position().map(SPOKESPERSON::equals).orElse(false));
        }
    }

    /**
     * "中国外交部在例行记者会上做出回应，称美方行径严重干涉中国内政…", and elsewhere "中国外交部发言人赵立坚还宣布…":
     * a protest, statement or sanction that its report has a state's ministry or government voice (中国外交部表示,
     * 中国政府宣布将对…实施制裁) was voiced by that state's spokesperson, when the event names no one else of the
     * state and the article names exactly one spokesperson for it.
     */
    static List<DiplomaticEvent> withVoices(AnalyzedText text, List<DiplomaticEvent> events) {
        Map<String, Participant> voices = new HashMap<>();
        Set<String> heads = new HashSet<>();
        Set<String> several = new HashSet<>();
        for (Sentence sentence : text.sentences()) {
            if (FilePhotoCaption.captions(sentence)) {
                continue;
            }
            for (Mention m : sentence.mentions()) {
                if (m.kind() == Mention.Kind.PERSON && m.position().map(SPOKESPERSON::equals).orElse(false)
                        && m.country().isPresent()) {
                    Participant voice = new Participant(m.key(), m.position(), m.country());
                    if (HEAD_SPOKESPERSON.matcher(text.text().substring(Math.max(0, m.start() - 8), m.start())).find()) {
                        heads.add(m.key());
                    }
                    Participant known = voices.putIfAbsent(m.country().get(), voice);
                    if (known != null && !known.name().equals(voice.name())) {
                        several.add(m.country().get());
                    }
                }
            }
        }
        several.forEach(voices::remove);
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            List<Participant> persons = new ArrayList<>(event.persons());
            if ((event.type() == EventType.PROTEST || event.type() == EventType.STATEMENT || event.type() == EventType.SANCTION)
                    && !MissionVoice.byMission(event)) {
                for (String country : voicing(text, event)) {
                    Participant voice = voices.get(country);
                    // A foreign ministry's protest is not voiced by the president's spokesperson.
                    boolean otherOffice = voice != null && heads.contains(voice.name())
                            && ministryVoiced(text, event, country);
                    if (voice != null && !otherOffice
                            && persons.stream().noneMatch(p -> p.country().equals(voice.country()))) {
                        persons.add(voice);
                    }
                }
            }
            result.add(event.withPersons(persons));
        }
        return result;
    }

    /** Whether the country speaks in the event's reports only through its foreign ministry (菲国外交部…提出抗议). */
    private static boolean ministryVoiced(AnalyzedText text, DiplomaticEvent event, String country) {
        boolean ministry = false;
        for (Evidence evidence : event.evidence()) {
            for (Sentence sentence : text.sentences()) {
                if (sentence.start() != evidence.start()) {
                    continue;
                }
                for (Mention m : sentence.mentions()) {
                    if (m.kind() == Mention.Kind.COUNTRY && m.key().equals(country)) {
                        String after = text.text().substring(m.end(), Math.min(text.text().length(), m.end() + 3));
                        if (MINISTRY_VOICE.matcher(after).lookingAt()) {
                            ministry = true;
                        } else if (GOVERNMENT_VOICE.matcher(after).lookingAt()) {
                            return false;
                        }
                    }
                }
            }
        }
        return ministry;
    }

    /**
     * The event's countries whose ministry, government or spokesperson speaks in one of its reports, or
     * that open a clause of it as 中方/美方 (中方对此强烈不满).
     */
    private static Set<String> voicing(AnalyzedText text, DiplomaticEvent event) {
        Set<String> voicing = new LinkedHashSet<>();
        for (Evidence evidence : event.evidence()) {
            for (Sentence sentence : text.sentences()) {
                if (sentence.start() != evidence.start()) {
                    continue;
                }
                SpokespersonReferredBack.country(text, sentence).filter(event.countries()::contains).ifPresent(voicing::add);
                for (Mention m : sentence.mentions()) {
                    String after = text.text().substring(m.end(), Math.min(text.text().length(), m.end() + 3));
                    boolean opensClause = m.start() == sentence.start()
                            || Clauses.start(sentence.text(), m.start() - sentence.start()) == m.start() - sentence.start();
                    if (m.kind() == Mention.Kind.COUNTRY && event.countries().contains(m.key())
                            && (GOVERNMENT_VOICE.matcher(after).lookingAt()
                            || m.form() == Mention.Form.SIDE && opensClause)) {
                        voicing.add(m.key());
                    }
                }
            }
        }
        return voicing;
    }
}
