/**
 * Analyses an article's text: script normalisation, sentences, HanLP segmentation with person,
 * place and organisation recognition, and mentions of countries, organisations, positions and
 * persons found with the lexicon and position patterns. HanLP is used here and nowhere else.
 * Depends on {@code article} and {@code lexicon}.
 */
package org.diplograph.nlp;
