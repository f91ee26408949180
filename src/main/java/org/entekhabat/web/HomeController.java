package org.entekhabat.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: today's date and stage, and where to go from here. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
