package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "资料照：越南外交部发言人黎氏秋恒2019年7月25日在河内…": the caption of a file photo shows someone at another
 * time, often with the name spelled otherwise; it tells who speaks for a state no more than any old photo.
 * Stateless.
 */
final class FilePhotoCaption {

    private static final Pattern FILE_PHOTO = Pattern.compile("\\A(?:资料照片?|资料图片?|档案照片?)[：:]");

    private FilePhotoCaption() {
    }

    /** Whether {@code sentence} is the caption of a file photo. */
    static boolean captions(Sentence sentence) {
        return FILE_PHOTO.matcher(sentence.text()).find();
    }
}
