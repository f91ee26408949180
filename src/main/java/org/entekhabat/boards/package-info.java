/**
 * Boards (هیأت‌ها): the county and central executive boards with their trusted members (معتمدان) elected by
 * a recorded ballot of the governor's 30 nominees, the central, provincial and county supervisory boards,
 * board votes with quorum and minutes, and the vetting desks where members decide candidates' cases on top
 * of the vetting module. The rules are plain Java in this package; persistence in {@code internal}, pages and
 * API in {@code web}. See docs/boards.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Boards")
package org.entekhabat.boards;
