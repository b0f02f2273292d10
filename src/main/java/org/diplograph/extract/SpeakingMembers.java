package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "第36届东盟峰会本月26日采用视频形式召开…菲律宾总统杜特尔特呼吁…新加坡代理总理李显龙呼吁…": a leaders' summit of an
 * organisation whose own sentence names none of its members has as sides the states the report goes on to
 * quote as putting something forward there, each sentence led by the state or its official (越南方面提出,
 * 泰国…等国领导人提议), and those officials as participants. A summit with fewer than two such speakers stays
 * unnamed. Immutable once built; thread-safe.
 */
final class SpeakingMembers {

    /** How many sentences after the summit's own may still report what was said at it. */
    private static final int REACH = 16;
    /** A gathering of leaders, not one of officials or ministers (资深官员视讯会议). */
    private static final Pattern LEADERS_SUMMIT = Pattern.compile("峰会|首脑会议|领导人会议");
    /** A short opening clause before the speaker: "据了解，", "此外，". */
    private static final Pattern LEAD_IN = Pattern.compile("\\A(?:据了解|据悉|此外|另外|同时)[，,]");
    /**
     * What a member puts forward at a summit (呼吁, 提议, 提出, 盛赞); plain 表示, 指出 as often tell a state outside
     * reacting to it (中国表示…).
     */
    private static final Pattern SPEECH = Pattern.compile("呼吁|提议|提出|盛赞");
    /** What comes before a speaker's country: "复工心切的". */
    private static final Pattern MODIFIER = Pattern.compile("\\A(?:[^，。；的]{0,6}的)?");
    /** Media, commentators and the public report or judge what was said; they do not speak at the summit. */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile("报道|媒体|舆论|专家|学者|分析|观察|评论|民众");
    private static final int LONGEST_SUBJECT = 45;

    private final List<Sentence> sentences;

    private SpeakingMembers(List<Sentence> sentences) {
        this.sentences = sentences;
    }

    static SpeakingMembers of(AnalyzedText text) {
        return new SpeakingMembers(text.sentences());
    }

    /**
     * Adds to a leaders' summit whose sides are one organisation alone the states (and their officials)
     * that the sentences after it quote, when there are at least two of them.
     */
    void addTo(Actors actors, EventType type, Sentence sentence, TriggerMatch match) {
        if (type != EventType.SUMMIT || !actors.countries().isEmpty() || actors.organizations().size() != 1
                || !LEADERS_SUMMIT.matcher(sentence.text().substring(match.start(), match.end())).find()) {
            return;
        }
        Actors speakers = new Actors();
        speeches(sentence.index()).forEach(speech -> addSpeaker(speakers, speech));
        if (speakers.countries().size() >= 2) {
            actors.addAll(speakers);
        }
    }

    /**
     * What the members said there is what the summit discussed: the topics of the sentences that quote its
     * speakers go to a summit those speakers joined.
     */
    void addTopics(List<Candidate> candidates, TopicDetector topics) {
        for (Candidate summit : candidates) {
            if (summit.type() != EventType.SUMMIT || summit.actors().organizations().size() != 1) {
                continue;
            }
            List<Sentence> quoted = new ArrayList<>();
            Actors speakers = new Actors();
            for (Sentence speech : speeches(summit.sentence())) {
                Actors speaker = new Actors();
                addSpeaker(speaker, speech);
                if (!speaker.countries().isEmpty()) {
                    quoted.add(speech);
                    speakers.countries().addAll(speaker.countries());
                }
            }
            if (speakers.countries().size() < 2 || !summit.actors().countries().containsAll(speakers.countries())) {
                continue;
            }
            for (Sentence speech : quoted) {
                topics.detect(speech.text()).stream().filter(t -> !summit.topics().contains(t))
                        .forEach(summit.topics()::add);
            }
        }
    }

    /** The sentences after the summit's own that may report what was said at it. */
    private List<Sentence> speeches(int summitSentence) {
        int last = Math.min(sentences.size() - 1, summitSentence + REACH);
        return summitSentence + 1 > last ? List.of() : sentences.subList(summitSentence + 1, last + 1);
    }

    /** The state (and its official) that leads a sentence as the one who speaks. */
    private static void addSpeaker(Actors speakers, Sentence sentence) {
        String s = sentence.text();
        Matcher leadIn = LEAD_IN.matcher(s);
        int from = leadIn.lookingAt() ? leadIn.end() : 0;
        int to = Clauses.end(s, from);
        Matcher speech = SPEECH.matcher(s).region(from, to);
        if (!speech.find() || speech.start() - from > LONGEST_SUBJECT) {
            return;
        }
        String subject = s.substring(from, speech.start());
        if (NOT_A_SPEAKER.matcher(subject).find()) {
            return;
        }
        Matcher modifier = MODIFIER.matcher(subject);
        int subjectAt = sentence.start() + from + (modifier.lookingAt() ? modifier.end() : 0);
        int verbAt = sentence.start() + speech.start();
        List<Mention> inSubject = new ArrayList<>();
        for (Mention m : sentence.mentions()) {
            if (m.start() >= subjectAt && m.end() <= verbAt) {
                inSubject.add(m);
            }
        }
        if (inSubject.isEmpty() || inSubject.get(0).start() != subjectAt
                || inSubject.get(0).kind() != Mention.Kind.COUNTRY || inSubject.get(0).form() == Mention.Form.CAPITAL) {
            return;
        }
        for (Mention m : inSubject) {
            if (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL) {
                speakers.countries().add(m.key());
            } else if (m.kind() == Mention.Kind.PERSON && m.country().isPresent()) {
                speakers.persons().putIfAbsent(m.key(), new Participant(m.key(), m.position(), m.country()));
            }
        }
    }
}
