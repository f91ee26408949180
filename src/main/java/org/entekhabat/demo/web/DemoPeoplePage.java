package org.entekhabat.demo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entekhabat.platform.AdjustableClock;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Demo only: people the civil-registry SIMULATOR knows, so a newcomer can register as a candidate
 * (the form checks name and birth date against the registry) or vote on a station node.
 */
@Controller
class DemoPeoplePage {

    private final Clock clock;
    private final CivilRegistrySimulator registry;

    DemoPeoplePage(Clock clock, CivilRegistrySimulator registry) {
        this.clock = clock;
        this.registry = registry;
    }

    @GetMapping("/demo/people")
    String page(Model model) {
        if (!(clock instanceof AdjustableClock)) {
            throw DomainException.notFound("demo.off", "این صفحه فقط در اجرای نمایشی (demo) در دسترس است.",
                    "This page exists only on a demo server.");
        }
        LocalDate today = LocalDate.now(clock);
        var people = new ArrayList<Person>();
        for (long seed = 1; people.size() < 12 && seed < 500; seed++) {
            registry.lookup(CivilRegistrySimulator.codeFor(seed))
                    .filter(Person::alive)
                    .filter(p -> p.ageOn(today) >= 25 && p.ageOn(today) <= 70)
                    .ifPresent(people::add);
        }
        model.addAttribute("people", List.copyOf(people));
        return "demo/people";
    }
}
