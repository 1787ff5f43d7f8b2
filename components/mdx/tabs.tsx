import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { TabsClient } from "./tabs-client";

type TTabProps = { label: string; children?: ReactNode };

/** One tab of a `<Tabs>` group; rendered by Tabs (on its own it shows its label and content). */
export function Tab({ label, children }: TTabProps) {
  return (
    <section aria-label={label}>
      <p className="font-semibold">{label}</p>
      {children}
    </section>
  );
}

function isTabElement(child: ReactNode): child is ReactElement<TTabProps> {
  return isValidElement(child) && typeof (child.props as Partial<TTabProps>).label === "string";
}

/**
 * WAI-ARIA tabs (arrow keys, Home/End) over its `<Tab label>` children. Before JavaScript runs
 * (or without it) every panel is shown, stacked under its label.
 */
export function Tabs({ children, label }: { children?: ReactNode; label: string }) {
  const tabs = Children.toArray(children)
    .filter(isTabElement)
    .map((child) => ({ label: child.props.label, panel: child.props.children }));
  if (tabs.length === 0) return null;
  return <TabsClient tabs={tabs} label={label} />;
}
