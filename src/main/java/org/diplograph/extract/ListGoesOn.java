package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "发出当选贺电的大国仅有中国、俄罗斯和土耳其，此外还有其他独联体国家，以及委内瑞拉等国": a list of those who
 * acted goes on over the clauses that add to it (此外还有, 以及, 还包括). Stateless.
 */
final class ListGoesOn {

    private static final Pattern MORE = Pattern.compile("\\A(?:此外|另外)?(?:还有|以及|还包括)");

    private ListGoesOn() {
    }

    /** Where the list that ends its first clause at {@code end} ends, after the clauses that add to it. */
    static int end(String sentence, int end) {
        while (end + 1 < sentence.length() && MORE.matcher(sentence.substring(end + 1)).find()) {
            end = Clauses.end(sentence, end + 1);
        }
        return end;
    }
}
