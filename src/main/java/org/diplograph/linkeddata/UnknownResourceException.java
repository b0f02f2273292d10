package org.diplograph.linkeddata;

/** A resource IRI the store holds nothing about: answered with a 404 page. */
public class UnknownResourceException extends RuntimeException {

    public UnknownResourceException(String what) {
        super("no resource " + what + " in the graph");
    }
}
