// Specs run in random order, so nothing one spec remembers on this "device" may reach the next:
// the chosen language, remembered codes and the like live in Web Storage. A `beforeEach` at the top
// level of any spec file belongs to Jasmine's root suite and so runs before every spec of the run
// (the Karma runner of @angular/build ignores `setupFiles`, hence this file).
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('test isolation', () => {
  it('starts every spec with empty Web Storage', () => {
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
