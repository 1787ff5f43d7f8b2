import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "../env";

const registerOTel = vi.fn();
vi.mock("@vercel/otel", () => ({ registerOTel }));
const { startTracing } = await import("./start-tracing");

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
  registerOTel.mockClear();
});

describe("startTracing", () => {
  it("stays off without OTEL_EXPORTER_OTLP_ENDPOINT", async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    resetEnvForTests();
    expect(await startTracing()).toBe(false);
    expect(registerOTel).not.toHaveBeenCalled();
  });

  it("registers @vercel/otel with the service name when the endpoint is set", async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = "http://127.0.0.1:4318";
    resetEnvForTests();
    expect(await startTracing()).toBe(true);
    expect(registerOTel).toHaveBeenCalledWith({ serviceName: "ai-trainer-school" });
  });
});
