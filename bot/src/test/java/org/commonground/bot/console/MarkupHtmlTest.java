package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chat's markup on a console page: its marks carried across, nobody's text made markup. */
class MarkupHtmlTest {

  @Test
  void boldItalicAndCodeBecomeTheirHtml() {
    assertThat(MarkupHtml.of("*12 members* matched, _3 waiting_ in `2026-W48`"))
        .isEqualTo(
            "<strong>12 members</strong> matched, <em>3 waiting</em> in <code>2026-W48</code>");
  }

  @Test
  void textSomeoneTypedStaysText() {
    assertThat(MarkupHtml.of("Open &lt;Door&gt; &amp; <script>alert(1)</script> \"x\""))
        .isEqualTo("Open &lt;Door&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot;");
  }

  @Test
  void mentionsShowTheirIdAndEmojiNamesGo() {
    assertThat(MarkupHtml.of(":warning: ask <@U0ADMIN>")).isEqualTo("ask <code>U0ADMIN</code>");
  }
}
