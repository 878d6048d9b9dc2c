/**
 * 通讯录与责任体系: organisations (安委会/减灾委 member units, departments, town offices, village
 * committees), people with their contact channels, and responsibility assignments — who answers for
 * which area, or which danger zone of the risk module (包保/六落实, named by id and area), in which role,
 * with a deputy (AB岗). {@link org.anlan.directory.DirectoryDesk#responsibleFor} answers "who answers
 * here?", falling back to the deputy and then to the parent area.
 * Publishes {@link org.anlan.directory.ResponsibilityAssigned}; hears no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.anlan.directory;
