/*
 * Udbhabon's one script besides htmx. Keyboard access to what scrolls sideways (issue 16, point 7; WCAG 2.1.1):
 * a wide table, annex or listing that scrolls inside the page (on a phone, or a plan's annex anywhere) gets a
 * tab stop while it scrolls, so it can be scrolled with the arrow keys; none while it fits.
 */
(function () {
    'use strict';
    var MARK = 'data-scroll-stop';

    function scrolls(element) {
        var overflow = getComputedStyle(element).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1;
    }

    function markScrollingRegions() {
        document.querySelectorAll('main table, main pre, main div').forEach(function (element) {
            if (scrolls(element)) {
                if (!element.hasAttribute('tabindex')) {
                    element.setAttribute('tabindex', '0');
                    element.setAttribute(MARK, '');
                }
            } else if (element.hasAttribute(MARK)) {
                element.removeAttribute('tabindex');
                element.removeAttribute(MARK);
            }
        });
    }

    var pending = false;
    function soon() {
        if (!pending) {
            pending = true;
            requestAnimationFrame(function () {
                pending = false;
                markScrollingRegions();
            });
        }
    }

    document.addEventListener('DOMContentLoaded', markScrollingRegions);
    window.addEventListener('load', soon);       // the fonts are in: widths may have changed
    window.addEventListener('resize', soon);
    document.addEventListener('htmx:afterSettle', soon);
})();
