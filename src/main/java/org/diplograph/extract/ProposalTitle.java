package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "提出“邀请台湾以观察员身分参与世界卫生大会”（…）的提案": an act named inside the quoted title of a proposal,
 * motion or resolution is what the proposal asks for, not an act that took place. Stateless.
 */
final class ProposalTitle {

    /** An opening quotation mark before the trigger, with no closing one between. */
    private static final Pattern OPEN_QUOTE = Pattern.compile("[“「\"][^”」\"]*$");
    /** The closing mark, an optional gloss in brackets, then the kind of document it names. */
    private static final Pattern TITLE_OF = Pattern.compile(
            "\\A[^”」\"]*[”」\"](?:[（(][^）)]*[）)])?的?(?:提案|议案|决议案|决议草案|决议|动议|提议|法案)");

    private ProposalTitle() {
    }

    /** Whether the trigger stands in the quoted title of a proposal. */
    static boolean names(String sentence, TriggerMatch match) {
        return OPEN_QUOTE.matcher(sentence.substring(0, match.start())).find()
                && TITLE_OF.matcher(sentence.substring(match.end())).find();
    }
}
