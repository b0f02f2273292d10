package org.diplograph.lexicon;

import java.util.List;

/**
 * A subject of diplomatic contacts (supply chains, the Korean Peninsula nuclear issue …).
 *
 * @param ploverContext the PLOVER context the topic refines (economic, military …)
 * @param triggers words and phrases that signal the topic in simplified Chinese or English text
 */
public record Topic(String key, String nameEn, String nameZh, String ploverContext, List<String> triggers) {
}
