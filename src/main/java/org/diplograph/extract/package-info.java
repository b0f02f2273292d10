/**
 * Finds diplomatic events in analysed text: event types from trigger patterns, participants
 * (countries, persons with the position stated, organisations), event dates resolved against the
 * publication date, status and topics. Pure Java, no Jena and no HanLP: depends on {@code nlp},
 * {@code article} and {@code lexicon}.
 */
package org.diplograph.extract;
