package org.diplograph.article;

/**
 * Tells Chinese from English text and traditional from simplified script, by counting characters
 * that exist in only one of the two scripts. Good enough for whole articles, not for snippets.
 */
final class LanguageGuesser {

    // Frequent characters that differ between the two scripts.
    private static final String TRADITIONAL = "們這個會國來時說對為關與經過後發還從學點樣無當開種聯實際處動現線產業總統長門問題";
    private static final String SIMPLIFIED = "们这个会国来时说对为关与经过后发还从学点样无当开种联实际处动现线产业总统长门问题";

    private LanguageGuesser() {
    }

    static String guess(String text) {
        int han = 0;
        int latin = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (TRADITIONAL.indexOf(c) >= 0) {
                    traditional++;
                } else if (SIMPLIFIED.indexOf(c) >= 0) {
                    simplified++;
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (han * 3 < latin) {
            return "en";
        }
        return traditional > simplified ? "zh-Hant" : "zh-Hans";
    }
}
