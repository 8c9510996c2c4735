"""StreamField blocks shared by every page body on the site."""

import copy

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    credit = blocks.CharBlock(required=False, label=_("Credit"))

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        # Screen-reader users get nothing from an image without alt text unless it is decorative.
        if image is not None and not getattr(image, "decorative", False):
            if not (getattr(image, "contextual_alt_text", "") or "").strip():
                raise blocks.StructBlockValidationError(
                    block_errors={"image": ErrorList([ValidationError(_("Alt text is required for content images."))])}
                )
        return value

    class Meta:
        icon = "image"
        template = "blocks/captioned_image.html"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))
    role = blocks.CharBlock(required=False, label=_("Role or organisation"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_("For example 384 or 27 500"))
    label = blocks.CharBlock(label=_("What it counts"), max_length=140)

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, label=_("Figures"))

    class Meta:
        icon = "list-ul"
        template = "blocks/key_figures.html"
        label = _("Key figures")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External link"))
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(_("Choose a page or give a link."))])}
            )
        return value

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Title shown"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document download")


class TranslatableTableBlock(TableBlock):
    """A table whose cells translators get in wagtail-localize: it skips a plain TableBlock, so every
    translation would otherwise keep the source language's table."""

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        value = value or {}
        segments = [StringSegmentValue("caption", value["table_caption"])] if value.get("table_caption") else []
        segments += [StringSegmentValue(f"{row}.{column}", cell) for row, cells in enumerate(value.get("data") or [])
                     for column, cell in enumerate(cells) if isinstance(cell, str) and cell.strip()]
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            if segment.path == "caption":
                value["table_caption"] = segment.render_text()
            else:
                row, column = (int(part) for part in segment.path.split("."))
                value["data"][row][column] = segment.render_text()
        return value


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    table = TranslatableTableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")


class BaseStreamBlock(blocks.StreamBlock):
    """The body of every content page, news article and programme page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow", label=_("Paragraph"),
                                     template="blocks/paragraph.html")
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    table = CaptionedTableBlock()


class TimelinePhaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Phase"))
    period = blocks.CharBlock(label=_("Period"), max_length=60, help_text=_("For example 2020–2022"))
    description = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Description"))

    class Meta:
        icon = "time"
        label = _("Phase")


class ActionLeverBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Lever"))
    description = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Description"))

    class Meta:
        icon = "cogs"
        label = _("Action lever")

