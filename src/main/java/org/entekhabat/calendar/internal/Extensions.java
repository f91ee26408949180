package org.entekhabat.calendar.internal;

import java.util.Map;
import org.entekhabat.calendar.ScheduleExtension;

/** Where official extensions are kept. */
public interface Extensions {

    void record(ScheduleExtension extension);

    /** The extension in force for each milestone that has one (the latest recorded). */
    Map<String, ScheduleExtension> inForce();
}
