// The app's Mantine theme, readable for everyone (issue 18, axe-core color-contrast): the default
// palettes' shades 6–9 (filled backgrounds, light/outline text, links, badges) are darkened until
// white text on them and them on white reach WCAG AA (4.5:1, with margin), "dimmed" text is gray.7
// and wide tables' scroll areas are reachable with the keyboard.
import {
  type CSSVariablesResolver,
  DEFAULT_THEME,
  type MantineColorsTuple,
  TableScrollContainer,
  createTheme,
  darken,
  luminance,
} from '@mantine/core';

// 5.8 and not 4.5: light badges put that text on a 10 % tint of a darker shade.
const MIN_CONTRAST = 5.8;

function contrastWithWhite(color: string): number {
  return 1.05 / (luminance(color) + 0.05);
}

function readable(color: string): string {
  let result = color;
  for (let amount = 0.05; contrastWithWhite(result) < MIN_CONTRAST && amount < 1; amount += 0.05) {
    result = darken(color, amount);
  }
  return result;
}

function accessiblePalette(tuple: MantineColorsTuple): MantineColorsTuple {
  return tuple.map((shade, i) => (i >= 6 ? readable(shade) : shade)) as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, tuple]) => [name, accessiblePalette(tuple)]),
);

export const theme = createTheme({
  primaryColor: 'teal',
  colors,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  // A visible focus ring for every keyboard user, on every control.
  focusRing: 'auto',
  components: {
    // A table wider than the screen scrolls sideways: keyboard users reach that scroll with Tab.
    TableScrollContainer: TableScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
