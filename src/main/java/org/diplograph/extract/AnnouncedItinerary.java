package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "维特齐27日在参院举行记者会，宣布代表团成员名单和访台行程": a trip's itinerary (访台行程, 访问日程) that someone
 * announces is the trip to come; the day of the announcement does not date it. Stateless.
 */
final class AnnouncedItinerary {

    private static final Pattern ITINERARY = Pattern.compile("\\A(?:行程|日程)");
    private static final Pattern ANNOUNCED = Pattern.compile("(?:宣布|公布|披露|发布)[^，。；]*$");

    private AnnouncedItinerary() {
    }

    /** Whether the visit trigger heads an itinerary its clause says was announced. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.VISIT && ITINERARY.matcher(sentence.substring(match.end())).find()
                && ANNOUNCED.matcher(sentence.substring(Clauses.start(sentence, match.start()), match.start())).find();
    }
}
