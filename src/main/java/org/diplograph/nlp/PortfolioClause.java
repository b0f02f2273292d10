package org.diplograph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "朝鲜外务省负责美国事务的局长权正根": a clause naming an official's portfolio (负责…的, 主管…的) stands
 * between the employer and the title; the country inside it is the subject of the office, not its
 * employer, and its 的 does not cut the title off from the employer written before. So is 对 with the
 * abbreviation of the country an envoy deals with (美国国务院对朝副代表, 美国对朝特别代表). Stateless.
 */
final class PortfolioClause {

    /** The clause closing right before a title; the lazy body stops at its own 的. */
    private static final Pattern CLAUSE = Pattern.compile("(?:负责|負責|主管|分管)[\\p{IsHan}]{1,10}的$|对[朝韩华台日美俄]$");
    private static final int LONGEST = 14;

    private PortfolioClause() {
    }

    /**
     * Where the title at {@code titleStart} begins once a portfolio clause written right before it is
     * counted as part of it: the clause's start, or {@code titleStart} where there is none.
     */
    static int titleStart(String text, int titleStart) {
        String lead = text.substring(Math.max(0, titleStart - LONGEST), titleStart);
        Matcher m = CLAUSE.matcher(lead);
        return m.find() ? titleStart - lead.length() + m.start() : titleStart;
    }
}
