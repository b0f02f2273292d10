package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Diplograph ontology ({@code ontology/diplograph.ttl}), one constant per term, spelled like the
 * local name. A test checks that every constant is declared in the ontology file.
 */
public final class DG {

    /** The ontology's namespace. */
    public static final String NS = "https://w3id.org/diplograph/ontology#";

    /** The ontology's own IRI, also the name of the graph that holds it in the store. */
    public static final String ONTOLOGY = "https://w3id.org/diplograph/ontology";

    /** Namespace of the topic concepts of {@code ontology/topics.ttl}. */
    public static final String TOPIC_NS = "https://w3id.org/diplograph/topic/";

    /** The files of the ontology shipped on the class path: classes and properties, alignment, topics. */
    public static final java.util.List<String> ONTOLOGY_FILES = java.util.List.of("ontology/diplograph.ttl",
            "ontology/alignment.ttl", "ontology/topics.ttl");

    private DG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Country = resource("Country");
    public static final Resource DiplomaticEvent = resource("DiplomaticEvent");
    public static final Resource EventStatus = resource("EventStatus");
    public static final Resource Expulsion = resource("Expulsion");
    public static final Resource ExtractionActivity = resource("ExtractionActivity");
    public static final Resource Invitation = resource("Invitation");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Mention = resource("Mention");
    public static final Resource Message = resource("Message");
    public static final Resource Organization = resource("Organization");
    public static final Resource Participation = resource("Participation");
    public static final Resource Person = resource("Person");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource Position = resource("Position");
    public static final Resource PositionLevel = resource("PositionLevel");
    public static final Resource Protest = resource("Protest");
    public static final Resource Sanction = resource("Sanction");
    public static final Resource Statement = resource("Statement");
    public static final Resource Summit = resource("Summit");
    public static final Resource Talks = resource("Talks");
    public static final Resource Topic = resource("Topic");
    public static final Resource Visit = resource("Visit");

    // Concept schemes (ontology/alignment.ttl, ontology/topics.ttl)
    public static final Resource EventTypes = resource("EventTypes");
    public static final Resource Topics = resource("Topics");

    // Individuals
    public static final Resource Cancelled = resource("Cancelled");
    public static final Resource DiplomatLevel = resource("DiplomatLevel");
    public static final Resource HeadLevel = resource("HeadLevel");
    public static final Resource MinisterLevel = resource("MinisterLevel");
    public static final Resource Occurred = resource("Occurred");
    public static final Resource OfficialLevel = resource("OfficialLevel");
    public static final Resource Planned = resource("Planned");

    // Properties
    public static final Property agent = property("agent");
    public static final Property cameoCode = property("cameoCode");
    public static final Property confidence = property("confidence");
    public static final Property country = property("country");
    public static final Property date = property("date");
    public static final Property dateIsReportDate = property("dateIsReportDate");
    public static final Property endDate = property("endDate");
    public static final Property endOffset = property("endOffset");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property goldsteinScale = property("goldsteinScale");
    public static final Property host = property("host");
    public static final Property intensity = property("intensity");
    public static final Property iso3166Alpha3 = property("iso3166Alpha3");
    public static final Property level = property("level");
    public static final Property mention = property("mention");
    public static final Property participant = property("participant");
    public static final Property ploverCategory = property("ploverCategory");
    public static final Property ploverMode = property("ploverMode");
    public static final Property participation = property("participation");
    public static final Property position = property("position");
    public static final Property reportedBy = property("reportedBy");
    public static final Property represents = property("represents");
    public static final Property sentence = property("sentence");
    public static final Property startOffset = property("startOffset");
    public static final Property status = property("status");
    public static final Property topic = property("topic");
    public static final Property visitor = property("visitor");
}
