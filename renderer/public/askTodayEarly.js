/* global window, location */
/*
 * Today's follow-ups, asked for as the page starts to load (a classic script, run where it stands
 * in <head>), before the window's code (about 400 KB) is fetched, compiled and run: on a fresh
 * start the answer is then on its way while that happens. renderer/api/client.ts takes the answer
 * up for the first call that asks for it. Kept to the bridge's one call or the preview's POST,
 * the same as client.ts's overHttp; plain JavaScript, since it is copied as it is.
 */
(function () {
  if (['', '#/', '#/today'].indexOf(location.hash) < 0) return;
  var outcome = window.shortlist
    ? window.shortlist.call('reminders.today', {})
    : fetch('/api/reminders.today', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(
        function (response) {
          return response.json();
        },
      );
  // Taken up later: a refusal before then is not an unhandled one.
  outcome.catch(function () {});
  window.shortlistEarly = { method: 'reminders.today', outcome: outcome };
})();
