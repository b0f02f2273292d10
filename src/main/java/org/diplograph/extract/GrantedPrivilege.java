package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "取消香港贸易优惠待遇", "取消这个亚洲金融中心享有的贸易和经济特权", "取消香港的独立关税区地位": trade or economic words
 * naming a privilege or status a territory is granted say what is taken from it, a measure against that
 * territory, not trade or economic ties the sides talked about. Stateless.
 */
final class GrantedPrivilege {

    private static final Pattern PRIVILEGE = Pattern.compile("[^，。；：]{0,6}?(?:特权|优惠待遇|特殊待遇)|区地位");

    private GrantedPrivilege() {
    }

    /** Whether the word ending at {@code end} of the text qualifies a granted privilege or status. */
    static boolean named(String text, int end) {
        return PRIVILEGE.matcher(text).region(end, text.length()).lookingAt();
    }
}
