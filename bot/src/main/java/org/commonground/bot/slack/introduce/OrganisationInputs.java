package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.storage.members.Profile;
import org.commonground.storage.organisations.Organisation;

/**
 * The organisation part of the profile modal: a picker of known organisations and a box to add a
 * new one. Up to Slack's 100 options the picker lists them all; past that it searches as the member
 * types.
 */
final class OrganisationInputs {

  static final int STATIC_SELECT_LIMIT = 100;

  private OrganisationInputs() {}

  static List<LayoutBlock> blocks(List<Organisation> organisations, Optional<Profile> existing) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!organisations.isEmpty()) {
      blocks.add(picker(organisations, existing));
    }
    blocks.add(newOrganisation(organisations.isEmpty()));
    return blocks;
  }

  static OptionObject option(Organisation organisation) {
    return ProfileModal.option(organisation.name(), Long.toString(organisation.id()));
  }

  private static LayoutBlock picker(List<Organisation> organisations, Optional<Profile> existing) {
    OptionObject initial = existing.map(p -> option(p.organisation())).orElse(null);
    BlockElement element =
        organisations.size() <= STATIC_SELECT_LIMIT
            ? staticSelect(
                s ->
                    s.actionId(ProfileFields.ORGANISATION_INPUT)
                        .placeholder(plainText(ProfileLabels.ORGANISATION_PICK))
                        .options(organisations.stream().map(OrganisationInputs::option).toList())
                        .initialOption(initial))
            : externalSelect(
                s ->
                    s.actionId(ProfileFields.ORGANISATION_INPUT)
                        .placeholder(plainText(ProfileLabels.ORGANISATION_FIND))
                        .minQueryLength(0)
                        .initialOption(initial));
    return input(
        i ->
            i.blockId(ProfileFields.ORGANISATION_FIELD)
                .label(plainText(ProfileLabels.ORGANISATION))
                .optional(true)
                .element(element));
  }

  private static LayoutBlock newOrganisation(boolean onlyWay) {
    return input(
        i ->
            i.blockId(ProfileFields.NEW_ORGANISATION_FIELD)
                .label(
                    plainText(
                        onlyWay ? ProfileLabels.ORGANISATION : ProfileLabels.NEW_ORGANISATION))
                .hint(
                    plainText(
                        onlyWay
                            ? ProfileLabels.ONLY_ORGANISATION_HINT
                            : ProfileLabels.NEW_ORGANISATION_HINT))
                .optional(true)
                .element(
                    plainTextInput(
                        p ->
                            p.actionId(ProfileFields.NEW_ORGANISATION_INPUT)
                                .maxLength(ProfileFields.ORGANISATION_NAME_MAX)
                                .placeholder(
                                    plainText(ProfileLabels.NEW_ORGANISATION_PLACEHOLDER)))));
  }
}
