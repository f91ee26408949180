package org.entekhabat.boards.internal;

import java.util.EnumMap;
import java.util.HashMap;
import org.entekhabat.boards.BoardKind;
import org.entekhabat.boards.BoardSettings;
import org.entekhabat.boards.Composition;
import org.entekhabat.boards.QuorumRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Reads entekhabat.boards.*: {@code county.alternates}, {@code county.max-names}, {@code central.alternates},
 * {@code quorum.<kind>} ({@code majority} or a number; kind in kebab case, e.g. {@code county-executive}),
 * {@code supervisory-size.<kind>}, {@code formation-milestone} and {@code window.<desk>.<city|village>}.
 */
@Configuration(proxyBeanMethods = false)
class BoardsConfig {

    @Bean
    BoardSettings boardSettings(Environment env) {
        var d = BoardSettings.defaults();
        var county = new Composition(3, 8, env.getProperty("entekhabat.boards.county.alternates", Integer.class, 5), 30,
                env.getProperty("entekhabat.boards.county.max-names", Integer.class, 8));
        var central = new Composition(7, 6, env.getProperty("entekhabat.boards.central.alternates", Integer.class, 3), 30,
                env.getProperty("entekhabat.boards.central.max-names", Integer.class, 6));
        var quorum = new EnumMap<BoardKind, QuorumRule>(BoardKind.class);
        var sizes = new EnumMap<BoardKind, Integer>(BoardKind.class);
        for (BoardKind k : BoardKind.values()) {
            String name = k.name().toLowerCase().replace('_', '-');
            quorum.put(k, QuorumRule.parse(env.getProperty("entekhabat.boards.quorum." + name, "majority")));
            if (!k.executive()) {
                sizes.put(k, env.getProperty("entekhabat.boards.supervisory-size." + name, Integer.class, d.supervisorySize(k)));
            }
        }
        var windows = new HashMap<String, String>();
        BoardSettings.defaultWindows().forEach((desk, key) ->
                windows.put(desk, env.getProperty("entekhabat.boards.window." + desk, key)));
        for (String desk : new String[] {"provincial.city", "provincial.village"}) {
            windows.put(desk, env.getProperty("entekhabat.boards.window." + desk, ""));
        }
        return new BoardSettings(county, central, quorum, sizes,
                env.getProperty("entekhabat.boards.formation-milestone", d.formationMilestone()), windows);
    }
}
