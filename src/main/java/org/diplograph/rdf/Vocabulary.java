package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of other vocabularies Diplograph reuses (schema.org, SEM, PROV-O), as Jena lacks constants for them. */
public final class Vocabulary {

    public static final String SCHEMA = "https://schema.org/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Resource NewsArticle = ResourceFactory.createResource(SCHEMA + "NewsArticle");
    public static final Resource NewsMediaOrganization = ResourceFactory.createResource(SCHEMA + "NewsMediaOrganization");
    public static final Property url = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property headline = ResourceFactory.createProperty(SCHEMA + "headline");
    public static final Property datePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property inLanguage = ResourceFactory.createProperty(SCHEMA + "inLanguage");
    public static final Property publisher = ResourceFactory.createProperty(SCHEMA + "publisher");
    public static final Property keywords = ResourceFactory.createProperty(SCHEMA + "keywords");
    public static final Property sameAs = ResourceFactory.createProperty(SCHEMA + "sameAs");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");

    private Vocabulary() {
    }
}
