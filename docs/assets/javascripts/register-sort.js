/* Sort the document register by any column: the header cells become buttons.
   A cell's data-sort value (natural symbol order, ISO date, a text's place in the page language's
   alphabet from hooks/cica_record/site/collation.py) is used when it has one, so DEC/2 sorts before DEC/10, dates
   sort by time, not by their words, and Kazakh texts in the Kazakh alphabet, not by code point. A blank
   value (a document without a date) sorts last whichever the direction. */
(function () {
  function sortKey(row, column) {
    var cell = row.cells[column];
    return cell.getAttribute("data-sort") || cell.textContent.trim().toLowerCase();
  }

  function sortBy(table, column, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a, column), y = sortKey(b, column);
      if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);  // blank values last, in either direction
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function enable(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "record-sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, column, header); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-record-sortable]"), enable);
  });
})();
