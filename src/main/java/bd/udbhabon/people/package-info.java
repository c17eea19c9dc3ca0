/**
 * People and posts: the officers an office keeps on its list, the posts (designations) it keeps,
 * and who held which post from when to when, with the attributes the team rules need (grade,
 * ICT or planning wing, skills development, teaching level and subject). Reads through
 * {@link bd.udbhabon.people.PeopleDirectory}, checked and audited changes through
 * {@link bd.udbhabon.people.PeopleRegistry}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and posts")
package bd.udbhabon.people;
