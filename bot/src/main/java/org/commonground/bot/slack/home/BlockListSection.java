package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.views.SlackText;
import org.commonground.storage.blocks.BlockList.BlockedOrganisation;
import org.commonground.storage.blocks.BlockList.BlockedPerson;
import org.commonground.storage.blocks.BlockList.Entries;
import org.commonground.storage.blocks.BlockList.Reason;

/**
 * Whom a member won't be matched with: their <i>Not for me</i> answers and blocks, each with a
 * button to undo it, and pickers to block a person or a whole organisation in advance. The newest
 * entries get a row each; older ones are reached through one picker, so the section stays within
 * App Home's 100 blocks however long the list grows.
 */
public final class BlockListSection {

  public static final String BLOCK_PERSON_ACTION = "home_block_person";
  public static final String BLOCK_ORGANISATION_ACTION = "home_block_organisation";
  public static final String UNBLOCK_PERSON_ACTION = "home_unblock_person";
  public static final String UNBLOCK_ORGANISATION_ACTION = "home_unblock_organisation";

  static final int PEOPLE_SHOWN = 8;
  static final int ORGANISATIONS_SHOWN = 5;

  /** Options of the menu of older organisations: Slack's limit for a static select. */
  static final int MORE_ORGANISATIONS_LISTED = 100;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private BlockListSection() {}

  static List<LayoutBlock> blocks(Entries entries, ZoneId zone) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Who you won't be matched with"))));
    blocks.add(section(s -> s.text(markdownText(summary(entries)))));
    List<BlockedPerson> people = entries.people();
    people.stream().limit(PEOPLE_SHOWN).forEach(p -> blocks.add(personRow(p, zone)));
    if (people.size() > PEOPLE_SHOWN) {
      blocks.add(olderPeople(people.size() - PEOPLE_SHOWN));
    }
    List<BlockedOrganisation> organisations = entries.organisations();
    organisations.stream()
        .limit(ORGANISATIONS_SHOWN)
        .forEach(o -> blocks.add(organisationRow(o, zone)));
    if (organisations.size() > ORGANISATIONS_SHOWN) {
      blocks.add(
          olderOrganisations(organisations.subList(ORGANISATIONS_SHOWN, organisations.size())));
    }
    blocks.add(pickers());
    blocks.add(
        context(
            List.of(
                markdownText(
                    "Block someone in advance, or everyone at an organisation (a tender, a conflict"
                        + " of interest, a safeguarding concern). *They are never told*, and you"
                        + " can undo it here at any time."))));
    return blocks;
  }

  private static String summary(Entries entries) {
    String rule =
        "Nobody on this list is matched or introduced with you, whoever would have been asked"
            + " first.";
    return entries.people().isEmpty() && entries.organisations().isEmpty()
        ? rule + " Nobody is on it yet: when you answer *Not for me* in a digest, they appear here."
        : rule;
  }

  private static LayoutBlock personRow(BlockedPerson person, ZoneId zone) {
    boolean declined = person.reason() == Reason.NOT_FOR_ME;
    String text =
        Markup.mention(person.userId())
            + (declined ? " – you said *Not for me* on " : " – blocked on ")
            + day(person.since(), zone);
    return section(
        s ->
            s.text(markdownText(text))
                .accessory(
                    button(
                        b ->
                            b.actionId(UNBLOCK_PERSON_ACTION)
                                .text(plainText(declined ? "Undo" : "Unblock"))
                                .value(person.userId()))));
  }

  /** Slack names whoever is picked, so any older entry can be undone without a row of its own. */
  private static LayoutBlock olderPeople(int more) {
    String text =
        "…and "
            + more
            + (more == 1 ? " more person" : " more people")
            + ", older. To undo one of them, pick them here.";
    return section(
        s ->
            s.text(markdownText(text))
                .accessory(
                    usersSelect(
                        e ->
                            e.actionId(UNBLOCK_PERSON_ACTION)
                                .placeholder(plainText("Undo for…")))));
  }

  private static LayoutBlock organisationRow(BlockedOrganisation organisation, ZoneId zone) {
    String text =
        "*"
            + Markup.escape(organisation.name())
            + "* – everyone there, blocked on "
            + day(organisation.since(), zone);
    return section(
        s ->
            s.text(markdownText(Markup.truncateMarkup(text, Markup.PARAGRAPH_LIMIT)))
                .accessory(
                    button(
                        b ->
                            b.actionId(UNBLOCK_ORGANISATION_ACTION)
                                .text(plainText("Unblock"))
                                .value(Long.toString(organisation.organisationId())))));
  }

  private static LayoutBlock olderOrganisations(List<BlockedOrganisation> rest) {
    List<OptionObject> options =
        rest.stream()
            .limit(MORE_ORGANISATIONS_LISTED)
            .map(
                o ->
                    option(
                        plainText(Markup.truncate(o.name(), SlackText.OPTION_TEXT_LIMIT)),
                        Long.toString(o.organisationId())))
            .toList();
    String text =
        "…and "
            + rest.size()
            + (rest.size() == 1 ? " more organisation" : " more organisations")
            + (rest.size() > options.size()
                ? ". The first "
                    + options.size()
                    + " are in this menu; unblock some to see the rest."
                : ". Unblock one of them here.");
    return section(
        s ->
            s.text(markdownText(text))
                .accessory(
                    staticSelect(
                        e ->
                            e.actionId(UNBLOCK_ORGANISATION_ACTION)
                                .placeholder(plainText("Unblock…"))
                                .options(options))));
  }

  private static LayoutBlock pickers() {
    return actions(
        List.of(
            usersSelect(
                e -> e.actionId(BLOCK_PERSON_ACTION).placeholder(plainText("Block a person…"))),
            externalSelect(
                e ->
                    e.actionId(BLOCK_ORGANISATION_ACTION)
                        .placeholder(plainText("Block an organisation…"))
                        .minQueryLength(0))));
  }

  private static String day(Instant instant, ZoneId zone) {
    return instant.atZone(zone).format(DATE);
  }
}
