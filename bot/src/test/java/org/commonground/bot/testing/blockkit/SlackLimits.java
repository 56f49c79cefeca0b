package org.commonground.bot.testing.blockkit;

/**
 * Every limit the fake Slack enforces, with where Slack documents it. One table, so a limit is
 * changed in one place and each check names its source. Lengths count UTF-16 units, which is at
 * least as strict as Slack's count of characters.
 */
public enum SlackLimits {
  MESSAGE_BLOCKS(50, Source.POST_MESSAGE),
  MESSAGE_TEXT(40_000, Source.POST_MESSAGE),
  VIEW_BLOCKS(100, Source.VIEWS),
  VIEW_TITLE(24, Source.VIEWS),
  VIEW_SUBMIT(24, Source.VIEWS),
  VIEW_CLOSE(24, Source.VIEWS),
  PRIVATE_METADATA(3_000, Source.VIEWS),
  CALLBACK_ID(255, Source.VIEWS),
  EXTERNAL_ID(255, Source.VIEWS),
  BLOCK_ID(255, Source.BLOCKS),
  ACTION_ID(255, Source.ELEMENTS),
  HEADER_TEXT(150, Source.BLOCKS + "#header"),
  SECTION_TEXT(3_000, Source.BLOCKS + "#section"),
  SECTION_FIELDS(10, Source.BLOCKS + "#section"),
  SECTION_FIELD_TEXT(2_000, Source.BLOCKS + "#section"),
  CONTEXT_ELEMENTS(10, Source.BLOCKS + "#context"),
  ACTIONS_ELEMENTS(25, Source.BLOCKS + "#actions"),
  INPUT_LABEL(2_000, Source.BLOCKS + "#input"),
  INPUT_HINT(2_000, Source.BLOCKS + "#input"),
  IMAGE_URL(3_000, Source.BLOCKS + "#image"),
  IMAGE_ALT_TEXT(2_000, Source.BLOCKS + "#image"),
  BUTTON_TEXT(75, Source.ELEMENTS + "#button"),
  BUTTON_VALUE(2_000, Source.ELEMENTS + "#button"),
  BUTTON_URL(3_000, Source.ELEMENTS + "#button"),
  PLACEHOLDER(150, Source.ELEMENTS),
  SELECT_OPTIONS(100, Source.ELEMENTS + "#static_select"),
  SELECT_OPTION_GROUPS(100, Source.ELEMENTS + "#static_select"),
  CHECKBOX_OPTIONS(10, Source.ELEMENTS + "#checkboxes"),
  RADIO_OPTIONS(10, Source.ELEMENTS + "#radio"),
  OVERFLOW_OPTIONS(5, Source.ELEMENTS + "#overflow"),
  PLAIN_TEXT_INPUT_LENGTH(3_000, Source.ELEMENTS + "#input"),
  OPTION_TEXT(75, Source.COMPOSITION + "#option"),
  OPTION_VALUE(150, Source.COMPOSITION + "#option"),
  OPTION_DESCRIPTION(75, Source.COMPOSITION + "#option"),
  OPTION_URL(3_000, Source.COMPOSITION + "#option"),
  OPTION_GROUP_LABEL(75, Source.COMPOSITION + "#option_group"),
  OPTION_GROUP_OPTIONS(100, Source.COMPOSITION + "#option_group"),
  CONFIRM_TITLE(100, Source.COMPOSITION + "#confirm"),
  CONFIRM_TEXT(300, Source.COMPOSITION + "#confirm"),
  CONFIRM_BUTTON(30, Source.COMPOSITION + "#confirm"),
  /** Seconds a trigger id may be exchanged for a modal, once. */
  TRIGGER_ID_SECONDS(
      3, "https://docs.slack.dev/interactivity/handling-user-interaction#modal_responses");

  private final int max;
  private final String source;

  SlackLimits(int max, String source) {
    this.max = max;
    this.source = source;
  }

  public int max() {
    return max;
  }

  public String source() {
    return source;
  }

  private static final class Source {
    static final String POST_MESSAGE = "https://docs.slack.dev/reference/methods/chat.postMessage";
    static final String VIEWS = "https://docs.slack.dev/reference/views";
    static final String BLOCKS = "https://docs.slack.dev/reference/block-kit/blocks";
    static final String ELEMENTS = "https://docs.slack.dev/reference/block-kit/block-elements";
    static final String COMPOSITION =
        "https://docs.slack.dev/reference/block-kit/composition-objects";
  }
}
