package org.diplograph.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed texts of the pages, in English here and in Chinese in {@code messages/msg_zh.properties};
 * templates use them as {@code {msg:home}} in the locale the resource sets from {@link PageLanguage}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Diplograph")
    String site();

    @Message("Diplomatic events read from Chinese news")
    String tagline();

    @Message("Home")
    String home();

    @Message("Search")
    String search();

    @Message("Countries, persons, organisations, topics, articles: 韩国, 南韓, 赵兑, Korea…")
    String searchHint();

    @Message("No match for “{q}”.")
    String noMatch(String q);

    @Message("Results for “{q}”")
    String resultsFor(String q);

    @Message("中文")
    String switchLang();

    @Message("What the graph holds")
    String holds();

    @Message("Events by type")
    String byType();

    @Message("Latest events")
    String latest();

    @Message("Names")
    String names();

    @Message("ISO code")
    String iso();

    @Message("Also called")
    String aliases();

    @Message("Persons")
    String persons();

    @Message("Top partners")
    String partners();

    @Message("timeline")
    String timelineLink();

    @Message("All contacts of this country")
    String ownTimeline();

    @Message("All contacts of this person")
    String personTimeline();

    @Message("Recent events")
    String recentEvents();

    @Message("Events")
    String events();

    @Message("Events, in date order")
    String eventsInOrder();

    @Message("Positions held")
    String positions();

    @Message("for")
    String forCountry();

    @Message("Countries met")
    String countriesMet();

    @Message("Type")
    String type();

    @Message("CAMEO code")
    String cameo();

    @Message("Date")
    String date();

    @Message("Status")
    String status();

    @Message("the report date stands in: the articles give no date")
    String reportDate();

    @Message("Participants")
    String participants();

    @Message("Countries and organisations")
    String actors();

    @Message("Topics")
    String topics();

    @Message("Sources")
    String sources();

    @Message("Evidence")
    String evidence();

    @Message("Headline")
    String headline();

    @Message("Outlet")
    String outlet();

    @Message("Original article")
    String url();

    @Message("Published")
    String published();

    @Message("Language")
    String language();

    @Message("Events read from this article")
    String articleEvents();

    @Message("Scheme")
    String scheme();

    @Message("Events per year")
    String perYear();

    @Message("Properties")
    String properties();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("page {page} of {pages}, {total} in all")
    String pageOf(int page, int pages, int total);

    @Message("Data")
    String data();

    @Message("Not found")
    String notFound();

    @Message("The graph holds nothing at this address.")
    String notFoundText();

    @Message("Bad request")
    String badRequest();

    @Message("The request cannot be answered as it stands:")
    String badRequestText();

    @Message("none")
    String none();

    @Message("Timeline")
    String timeline();

    @Message("Contacts per month, by event type")
    String chartByMonth();

    @Message("Contacts per year, by event type")
    String chartByYear();

    @Message("month")
    String month();

    @Message("year")
    String year();

    @Message("Filters")
    String filters();

    @Message("Event types")
    String eventTypes();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Level")
    String level();

    @Message("Heads of state or government")
    String levelHead();

    @Message("Ministers")
    String levelMinister();

    @Message("Others")
    String levelOther();

    @Message("Occurred")
    String occurred();

    @Message("Planned")
    String planned();

    @Message("Cancelled")
    String cancelled();

    @Message("Apply")
    String apply();

    @Message("Reset")
    String reset();

    @Message("Summary")
    String summary();

    @Message("First contact")
    String first();

    @Message("Latest contact")
    String last();

    @Message("Most frequent topics")
    String topTopics();

    @Message("Most involved persons")
    String topPersons();

    @Message("Download")
    String download();

    @Message("sources")
    String sourceCount();

    @Message("{n} {#if n == 1}contact{#else}contacts{/if}")
    String contactCount(int n);

    @Message("No contact matches these filters.")
    String noContacts();

    @Message("Chart by")
    String chartBy();

    @Message("Contacts")
    String contactsHeading();
}
