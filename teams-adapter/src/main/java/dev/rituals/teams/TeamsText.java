package dev.rituals.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.regex.Pattern;

/** Translates between core's light markup and what Teams sends and shows. */
final class TeamsText {
  private static final Pattern CORE_BOLD = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");
  private static final Pattern AT_MENTION = Pattern.compile("(?is)<at>.*?</at>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]{1,200}>");

  private TeamsText() {}

  /**
   * Core writes {@code *bold*} and one line per item; Teams markdown needs {@code **bold**} and a
   * blank line to keep lines apart.
   */
  static String markdown(String coreText) {
    String bold = CORE_BOLD.matcher(coreText).replaceAll("**$1**");
    return bold.replace("\r\n", "\n").replace("\n", "\n\n");
  }

  static Activity message(String coreText) {
    Activity activity = Activity.createMessageActivity();
    activity.setText(markdown(coreText));
    activity.setTextFormat(TextFormatTypes.MARKDOWN);
    return activity;
  }

  /**
   * What the person typed, without the bot's mention and Teams' HTML: channel messages arrive as
   * {@code <at>Rituals</at> schedule add&nbsp;...}. Call after the SDK removed the recipient
   * mention, to also drop mentions it could not match (renamed bot, Playground).
   */
  static String plain(String teamsText) {
    if (teamsText == null) {
      return "";
    }
    String withoutMentions = AT_MENTION.matcher(teamsText).replaceAll(" ");
    String withoutTags = TAG.matcher(withoutMentions).replaceAll(" ");
    return unescape(withoutTags).replace('\u00a0', ' ').strip().replaceAll("[ \\t]{2,}", " ");
  }

  private static String unescape(String html) {
    return html.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
