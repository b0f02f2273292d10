package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "图为拜登2015年同时任欧盟委员会主席容克在一起", "一张照片显示，…上个月在台北与台湾总统蔡英文在一起": a caption
 * tells of the contact its photo shows, set in the body; the sentences after it go on with the story, not
 * with what was said at that contact. Stateless.
 */
final class PhotoCaption {

    private static final Pattern CAPTION = Pattern.compile("\\A[^，。；]{0,16}?(?:照片显示|图片显示|图为)");

    private PhotoCaption() {
    }

    /** Whether the candidate is read from a photo caption. */
    static boolean shows(Candidate c) {
        return CAPTION.matcher(c.evidence().sentence()).find();
    }
}
