import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import {
  Alert,
  Badge,
  Button,
  EmptyState,
  KonanRoot,
  KonanUIProvider,
  Spinner,
  TextField,
} from '../../src/components/shared';
import baseCss from '../../src/components/shared/base.css?raw';

type Theme = 'light' | 'dark';

interface Token {
  name: string;
  light: string;
  dark: string;
}

/** Every `--konan-*` token declared in base.css, read from the file so new tokens show up here. */
function readTokens(css: string): Token[] {
  const tokens = new Map<string, Token>();
  for (const [, name = '', raw = ''] of css.matchAll(/(--konan-[\w-]+)\s*:\s*([^;]+);/g)) {
    const value = raw.trim().replace(/\s+/g, ' ');
    const pair = /^light-dark\((.+?),\s*(.+)\)$/.exec(value);
    tokens.set(name, { name, light: pair?.[1] ?? value, dark: pair?.[2] ?? value });
  }
  return [...tokens.values()];
}

const tokens = readTokens(baseCss);
const isColour = (t: Token) => /^(#|rgb|hsl|oklch|color\()/.test(t.light);
const colours = tokens.filter(isColour);
const spacing = tokens.filter((t) => t.name.startsWith('--konan-space-'));
const radii = tokens.filter((t) => t.name.startsWith('--konan-radius'));
const fonts = tokens.filter((t) => t.name === '--konan-font' || t.name === '--konan-mono');

const cell: CSSProperties = { padding: '4px 8px', textAlign: 'start', verticalAlign: 'middle' };
const swatch: CSSProperties = {
  inlineSize: 40,
  blockSize: 24,
  border: '1px solid var(--konan-border)',
  borderRadius: 'var(--konan-radius-sm)',
};

function ThemeColumn({ theme }: { theme: Theme }) {
  const title = theme === 'light' ? 'Light' : 'Dark';
  return (
    <KonanUIProvider theme={theme}>
      <KonanRoot style={{ padding: 16, flex: '1 1 420px', minInlineSize: 0 }}>
        <section className="konan-panel" aria-labelledby={`foundations-${theme}`}>
          <h2 id={`foundations-${theme}`} className="konan-panel-title">
            {title} theme
          </h2>
          <h3 className="konan-panel-title">Colours</h3>
          <table style={{ borderCollapse: 'collapse' }}>
            <caption className="konan-visually-hidden">
              Colour tokens, {title.toLowerCase()}
            </caption>
            <thead>
              <tr>
                <th style={cell}>Token</th>
                <th style={cell}>Sample</th>
                <th style={cell}>Value</th>
              </tr>
            </thead>
            <tbody>
              {colours.map((t) => (
                <tr key={t.name}>
                  <th scope="row" style={cell} className="konan-mono">
                    {t.name}
                  </th>
                  <td style={cell}>
                    <div style={{ ...swatch, background: `var(${t.name})` }} />
                  </td>
                  <td style={cell} className="konan-mono">
                    {theme === 'light' ? t.light : t.dark}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="konan-panel-title">Type</h3>
          <p style={{ margin: 0, fontSize: 16, fontWeight: 600 }}>Panel title · 16 px, 600</p>
          <p style={{ margin: 0 }}>Body text · 14 px, line height 1.45</p>
          <p className="konan-muted" style={{ margin: 0 }}>
            Muted text · 14 px
          </p>
          {fonts.map((t) => (
            <p key={t.name} style={{ margin: 0, fontFamily: `var(${t.name})` }}>
              <span className="konan-mono">{t.name}</span>: {t.light}
            </p>
          ))}
          <h3 className="konan-panel-title">Spacing</h3>
          {spacing.map((t) => (
            <div key={t.name} className="konan-row">
              <div
                style={{
                  inlineSize: `var(${t.name})`,
                  blockSize: 12,
                  background: 'var(--konan-accent)',
                }}
              />
              <span className="konan-mono">
                {t.name}: {t.light}
              </span>
            </div>
          ))}
          <h3 className="konan-panel-title">Radii</h3>
          <div className="konan-row">
            {radii.map((t) => (
              <div
                key={t.name}
                style={{
                  padding: 8,
                  border: '1px solid var(--konan-border)',
                  borderRadius: `var(${t.name})`,
                  background: 'var(--konan-surface)',
                }}
              >
                <span className="konan-mono">
                  {t.name}: {t.light}
                </span>
              </div>
            ))}
          </div>
          <h3 className="konan-panel-title">Focus ring</h3>
          <p style={{ margin: 0 }}>
            Every focusable element shows a 2 px <span className="konan-mono">--konan-focus</span>{' '}
            outline, 2 px away, when focused from the keyboard:
          </p>
          <div className="konan-row">
            <span
              style={{
                padding: '4px 8px',
                outline: '2px solid var(--konan-focus)',
                outlineOffset: 2,
                borderRadius: 'var(--konan-radius-sm)',
              }}
            >
              Focused control
            </span>
          </div>
          <h3 className="konan-panel-title">Components</h3>
          <Samples />
        </section>
      </KonanRoot>
    </KonanUIProvider>
  );
}

function Samples() {
  const [name, setName] = useState('');
  const error = name.trim() === '' ? 'Enter a name.' : undefined;
  return (
    <>
      <div className="konan-row">
        <Button variant="primary">Primary</Button>
        <Button>Secondary</Button>
        <Button variant="danger">Delete</Button>
        <Button variant="ghost">Ghost</Button>
        <Button disabled>Disabled</Button>
      </div>
      <div className="konan-row">
        <Badge tone="success">live</Badge>
        <Badge tone="info">challenger</Badge>
        <Badge>disabled</Badge>
        <Badge tone="danger">rejected</Badge>
        <Badge tone="warning">not sent</Badge>
      </div>
      <Alert tone="success" title="Deployment created" live={false}>
        The live model answers predictions.
      </Alert>
      <Alert tone="danger" title="The image could not be pulled" live={false}>
        Check the image URL and the registry credentials.
      </Alert>
      <TextField
        label="Deployment name"
        hint="Shown in the deployments list."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={error}
      />
      <Spinner label="Loading deployments…" />
      <EmptyState title="No predictions in this window">Try a longer time window.</EmptyState>
    </>
  );
}

/** The design tokens of base.css (colours, type, spacing, radii, focus ring) in both themes. */
function Foundations({ themes }: { themes: readonly Theme[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
      {themes.map((theme) => (
        <ThemeColumn key={theme} theme={theme} />
      ))}
    </div>
  );
}

const meta = {
  title: 'Design system/Foundations',
  component: Foundations,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Foundations>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SideBySide: Story = {
  args: { themes: ['light', 'dark'] },
  play: async ({ canvasElement }) => {
    // Every colour token of base.css is listed, in each theme.
    const listed = [...canvasElement.querySelectorAll('th[scope="row"]')].map((n) => n.textContent);
    await expect(listed).toEqual([...colours, ...colours].map((t) => t.name));
    await expect(colours.length).toBeGreaterThan(10);
    const input = canvasElement.querySelector<HTMLInputElement>('.konan input');
    if (!input) throw new Error('no field');
    await expect(input).toHaveAccessibleDescription(/Enter a name\./);
    await userEvent.type(input, 'Loan approval');
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};

export const Light: Story = { args: { themes: ['light'] } };

export const Dark: Story = { args: { themes: ['dark'] } };

/**
 * With the toolbar's theme on Dark, the page behind the story is dark too, so a dark component is
 * not shown as an island on white (the page is Storybook's, not the library's).
 */
export const DarkPage: Story = {
  args: { themes: ['dark'] },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.konan');
    if (!root) throw new Error('no Konan root');
    const page = getComputedStyle(canvasElement.ownerDocument.body).backgroundColor;
    await expect(page).toBe(getComputedStyle(root).backgroundColor);
  },
};
