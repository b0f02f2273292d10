package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "…三方会谈…。…3月12日，拜登总统与日本、印度和澳大利亚领导人举行首次四方峰会…。美方官员还说，三国国安顾问将讨论
 * 朝鲜各方面的议题…": a sentence that tells what will be discussed speaks of a contact still to come, not of one
 * the story recalled in between. Stateless.
 */
final class WhatWillBeDiscussed {

    /** 将讨论, 将会谈到, 将就…交换意见: what is to be talked about. */
    private static final Pattern WILL_DISCUSS =
            Pattern.compile("将(?:会)?(?:讨论|谈到|谈及|探讨|商讨|研议|磋商|聚焦|就[^，。；]{1,30}?(?:交换意见|进行讨论|举行会谈))");

    private WhatWillBeDiscussed() {
    }

    /**
     * The candidate whose report {@code sentence} goes on with: {@code owner}, or, where the sentence tells what
     * will be discussed and {@code owner} is no planned contact, the most recent of {@code open} (the candidates
     * still open at the sentence, in order) that is planned or dated after {@code owner}.
     */
    static Candidate owner(Sentence sentence, Candidate owner, List<Candidate> open) {
        if (owner == null || owner.sentence() == sentence.index() || owner.status() == EventStatus.PLANNED
                || !WILL_DISCUSS.matcher(sentence.text()).find()) {
            return owner;
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            Candidate later = open.get(k);
            if (later.status() == EventStatus.PLANNED || later.date().isPresent() && owner.date().isPresent()
                    && later.date().get().date().isAfter(owner.date().get().lastDay())) {
                return later;
            }
        }
        return owner;
    }
}
