"""Read admin pages the way an editor sees them: parsed HTML, visible text, links and form controls."""

from bs4 import BeautifulSoup


def parse(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ").split()) if element is not None else ""


def links(soup, selector="a"):
    """{visible text: href} of the links under `selector`."""
    return {text_of(link): link.get("href") for link in soup.select(selector)}
