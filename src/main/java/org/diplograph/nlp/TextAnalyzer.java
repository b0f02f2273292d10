package org.diplograph.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.article.Article;
import org.diplograph.lexicon.Lexicon;

/**
 * Stage 2 of the pipeline: {@link Article} → {@link AnalyzedText}. Builds and configures one HanLP
 * segment (person, place and organisation recognition, offsets, a private dictionary of the lexicon's
 * names) and shares it: after construction {@link #analyze} is thread-safe. The only class that
 * touches {@code HanLP.Config}.
 */
public final class TextAnalyzer {

    /** Version of HanLP in use, recorded as provenance of extractions. */
    public static final String HANLP_VERSION = "portable-1.8.6";

    private static final java.util.Set<String> GENERIC = java.util.Set.of("问题", "关系", "合作", "国家", "地区", "方面",
            "领导人", "媒体", "新闻", "报导", "报道", "政府", "官员", "记者", "双边", "时间", "消息", "声明", "发言人", "表示",
            "会谈", "会见", "访问", "电话", "通话", "双方", "两国", "今年", "去年", "国际", "世界", "人士", "情况", "工作",
            "进行", "发展");

    /** How many free key phrases an article keeps. */
    private static final int KEYWORDS = 8;

    private final Segment segment;
    private final TextRankKeyword keywords;
    private final java.util.Set<String> lexiconWords;
    private final GazetteerMatcher gazetteer;
    private final PersonRecognizer persons;

    /** Loads HanLP's dictionaries (about a second) and fails fast when they cannot be loaded. */
    public TextAnalyzer(Lexicon lexicon) {
        HanLP.Config.enableDebug(false);
        this.gazetteer = new GazetteerMatcher(lexicon);
        this.persons = new PersonRecognizer(lexicon);
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (Map.Entry<String, String> word : gazetteer.dictionaryWords().entrySet()) {
            dictionary.insert(word.getKey(), word.getValue() + " 1000");
        }
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true)
                .enableCustomDictionary(dictionary);
        // TextRank on our segment, not HanLP's global one (which lacks our dictionary).
        this.keywords = new TextRankKeyword(segment);
        this.lexiconWords = gazetteer.dictionaryWords().keySet();
        // The first call loads the model files; doing it here makes a broken installation fail at start-up.
        segment.seg("韩国外长赵兑烈与中国外长王毅通电话。");
    }

    /** Analyses one article. Thread-safe. */
    public AnalyzedText analyze(Article article) {
        boolean traditional = "zh-Hant".equals(article.language());
        String title = normalize(article.title(), traditional);
        // The title leads the text: it often states the event most plainly.
        String text = title + "\n" + normalize(article.body(), traditional);
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        Set<String> named = new HashSet<>();
        for (Mention m : gazetteer.match(text, 0, text.length(), Set.of())) {
            if (m.kind() == Mention.Kind.COUNTRY && m.form() == Mention.Form.NAME) {
                named.add(m.key());
            }
        }
        List<List<Token>> tokens = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (SentenceSplitter.Span span : spans) {
            List<Token> words = tokens(text, span);
            tokens.add(words);
            mentions.add(LongerTransliteration.withoutCutNames(gazetteer.match(text, span.start(), span.end(), named),
                    words));
        }
        YearMonth month = YearMonth.from(ZonedDateTime.ofInstant(article.published(), article.outlet().timeZone()));
        persons.recognize(text, tokens, mentions, month);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            // The title is paragraph -1, the body's paragraphs count from 0.
            sentences.add(new Sentence(i, span.paragraph() - 1, span.start(), text.substring(span.start(), span.end()),
                    tokens.get(i), mentions.get(i)));
        }
        return new AnalyzedText(article, title, text, sentences, keywords(tokens));
    }

    /**
     * Key phrases of the whole text: nouns ranked by TextRank, leaving out names the lexicon already
     * knows (they are actors) and the generic words of all diplomatic news.
     */
    private List<String> keywords(List<List<Token>> tokens) {
        List<Term> terms = new ArrayList<>();
        for (List<Token> sentence : tokens) {
            for (Token token : sentence) {
                if (!(token.tag().startsWith("n") || token.tag().equals("vn")) || GENERIC.contains(token.word())) {
                    continue;
                }
                Nature nature = Nature.fromString(token.tag());
                terms.add(new Term(token.word(), nature == null ? Nature.n : nature));
            }
        }
        return keywords.getKeywords(terms, KEYWORDS * 2).stream()
                .filter(k -> k.length() >= 2 && !lexiconWords.contains(k))
                .limit(KEYWORDS).toList();
    }

    private List<Token> tokens(String text, SentenceSplitter.Span span) {
        List<Token> tokens = new ArrayList<>();
        for (Term term : segment.seg(text.substring(span.start(), span.end()))) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(),
                    span.start() + term.offset));
        }
        return tokens;
    }

    /** Simplified script, half-width digits and letters, 、 for 丶; offsets then refer to the normalised text. */
    static String normalize(String text, boolean traditional) {
        String simplified = traditional ? HanLP.convertToSimplifiedChinese(text) : text;
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit((char) (c - 0xFEE0))) {
                c = (char) (c - 0xFEE0);
            } else if (c == '丶') {
                // Some outlets list with 丶 (陈全国丶朱海仑) where others write the enumeration comma.
                c = '、';
            }
            out.append(c);
        }
        return out.toString();
    }
}
