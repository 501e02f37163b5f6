"""An iCalendar (RFC 5545) of meetings and silence-procedure deadlines, made with `icalendar`.

A meeting is an all-day event on its days (only a meeting whose day is known:
a calendar cannot hold "September 2021"). A deadline is a moment in its own
time zone, with the zone's rules written into the file (VTIMEZONE), so that
26 December 2023, 12:00 Astana time is 06:00 UTC whatever the reader's
calendar program knows of Astana's later change of offset. Stamps (DTSTAMP)
and identifiers come from the data, so two builds give the same bytes.
"""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar, Event

from cica_record.record import model as m
from cica_record.export.feeds import Entries, moment, stable_id
from cica_record.site.language import Language

PRODUCT = "-//CICA public record//Open data//EN"


def _full_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value and len(value) == 10 else None


def meeting_event(meeting: m.Meeting, lang: Language, base: str) -> Event | None:
    start = _full_day(meeting.date)
    if start is None:
        return None
    end = _full_day(meeting.end_date) or start
    event = Event()
    event.add("uid", stable_id(f"Meeting:{meeting.key}").removeprefix("urn:uuid:") + "@cica-record")
    event.add("dtstamp", moment(meeting.date))
    event.add("dtstart", start)
    event.add("dtend", end + timedelta(days=1))  # an all-day event ends before the day after
    event.add("summary", Entries(lang).meeting(meeting).title)
    if meeting.place:
        event.add("location", lang.plain(meeting.place))
    event.add("url", base + meeting.path)
    return event


def deadline_event(decision: m.Decision, lang: Language, base: str) -> Event:
    event = Event()
    event.add("uid", stable_id(f"Deadline:{decision.key}").removeprefix("urn:uuid:") + "@cica-record")
    event.add("dtstamp", moment(decision.date or decision.deadline.date))
    event.add("dtstart", decision.deadline.moment())  # with its zone: TZID=Asia/Almaty
    event.add("summary", lang.t("calendar.deadline", title=lang.plain(decision.name)))
    event.add("description", Entries(lang).decision(decision).summary)
    event.add("url", base + decision.path)
    return event


def calendar_ics(record: m.Record, lang: Language, site_url: str) -> bytes:
    """One language's calendar: every meeting with a known day, every decision with a deadline."""
    base = site_url + lang.prefix
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", lang.t("calendar.name"))
    events = [meeting_event(meeting, lang, base) for meeting in record.meetings]
    events += [deadline_event(d, lang, base) for d in record.decisions if d.deadline is not None]
    for event in events:
        if event is not None:
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
