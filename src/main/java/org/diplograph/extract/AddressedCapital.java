package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;

/**
 * "菲国外交部今天分别向北京提出外交抗议": a capital that a protest or message is lodged with stands for its
 * government, the side addressed, not for a place. Stateless.
 */
final class AddressedCapital {

    private static final Pattern TOWARDS = Pattern.compile("向$");
    private static final Pattern LODGED = Pattern.compile("\\A(?:方面)?(?:提出|表达|递交|发出|转达)");

    private AddressedCapital() {
    }

    /** Whether the capital {@code mention} is the side something is lodged with. */
    static boolean addressed(String text, Mention mention) {
        return mention.form() == Mention.Form.CAPITAL
                && TOWARDS.matcher(text.substring(Math.max(0, mention.start() - 1), mention.start())).find()
                && LODGED.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 6))).find();
    }
}
