package org.diplograph.extract;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.nlp.Mention;

/**
 * "欧洲理事会主席米歇尔", "欧盟委员会主席冯德莱恩": an office named with its organisation speaks for that
 * organisation. The gazetteer reads such a title as one position, so the organisation's own name inside it
 * is no mention of its own; its holders have no country. Stateless.
 */
final class OrganizationOffice {

    private OrganizationOffice() {
    }

    /** The intergovernmental organisation whose name opens the title of {@code position}, the longest name first. */
    static Optional<String> of(Mention position, Lexicon lexicon) {
        if (position.kind() != Mention.Kind.POSITION) {
            return Optional.empty();
        }
        String title = position.surface();
        return lexicon.organizations().stream()
                .filter(o -> o.kind() == Organization.Kind.INTERGOVERNMENTAL)
                .flatMap(o -> Stream.concat(Stream.of(o.nameZh(), o.nameZhHant()), o.names().stream())
                        .filter(name -> !name.isEmpty() && title.startsWith(name) && title.length() > name.length())
                        .map(name -> new Named(o.key(), name.length())))
                .max(Comparator.comparingInt(Named::length))
                .map(Named::key);
    }

    private record Named(String key, int length) {
    }
}
