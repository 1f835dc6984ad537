package dev.rituals.slack.views;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.rituals.core.usecase.ScheduleForm.Field;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The "add a ritual" modal. Every input uses the core form field's id as block_id and action_id, so
 * core's per-field errors map straight back onto the inputs. The channel the command was typed in
 * travels in private_metadata.
 */
public final class ScheduleModal {
  public static final String CALLBACK_ID = "schedule_add";

  private static final List<OptionObject> KINDS =
      List.of(
          option(plainText("Weekly prompt"), "prompt"),
          option(plainText("Live chat"), "live_chat"),
          option(plainText("Slow chat"), "slow_chat"));

  private static final List<OptionObject> DAYS =
      List.of(
          option(plainText("Mon"), "mon"),
          option(plainText("Tue"), "tue"),
          option(plainText("Wed"), "wed"),
          option(plainText("Thu"), "thu"),
          option(plainText("Fri"), "fri"),
          option(plainText("Sat"), "sat"),
          option(plainText("Sun"), "sun"));

  private ScheduleModal() {}

  public static View build(String channelId, Optional<ZoneId> userZone) {
    List<LayoutBlock> blocks =
        List.of(
            field(
                Field.KIND,
                "Kind",
                false,
                staticSelect(
                    s -> s.actionId(Field.KIND.id()).options(KINDS).initialOption(KINDS.get(0)))),
            field(
                Field.DAYS,
                "Days",
                false,
                checkboxes(c -> c.actionId(Field.DAYS.id()).options(DAYS))),
            field(
                Field.TIME,
                "Time",
                false,
                timePicker(t -> t.actionId(Field.TIME.id()).initialTime("07:00"))),
            field(
                Field.ZONE,
                "Time zone",
                false,
                text(Field.ZONE, userZone.map(ZoneId::getId), "e.g. Europe/Berlin", false)),
            field(
                Field.QUESTION,
                "Question",
                true,
                text(
                    Field.QUESTION,
                    Optional.empty(),
                    "Leave empty to draw from the question bank",
                    true)),
            field(
                Field.BANK_TAG,
                "Question bank tag",
                true,
                text(Field.BANK_TAG, Optional.empty(), "e.g. assessment", false)),
            field(
                Field.WINDOW,
                "Open for",
                true,
                text(Field.WINDOW, Optional.empty(), "e.g. 3d or 2h", false)));
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(channelId)
                .title(viewTitle(t -> t.type("plain_text").text("Add a ritual")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }

  private static LayoutBlock field(
      Field field, String label, boolean optional, BlockElement element) {
    return input(
        i -> i.blockId(field.id()).label(plainText(label)).optional(optional).element(element));
  }

  private static BlockElement text(
      Field field, Optional<String> initial, String placeholder, boolean multiline) {
    return plainTextInput(
        p ->
            p.actionId(field.id())
                .initialValue(initial.orElse(null))
                .placeholder(plainText(placeholder))
                .multiline(multiline)
                .maxLength(3000));
  }
}
