package org.diplograph.lexicon;

import java.time.ZoneId;

/**
 * A news outlet, recognised by the host of its article URLs.
 *
 * @param hostSuffix matched against the end of an article URL's host
 * @param timeZone the newsroom's zone, in which relative dates (昨天, 周二) of its articles are meant
 */
public record Outlet(String hostSuffix, String key, String nameEn, String nameZh, ZoneId timeZone) {
}
