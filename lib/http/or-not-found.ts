// Pages: a domain verb's "not_found" AppError becomes Next's 404 page; any other error goes on.
import { notFound } from "next/navigation";
import { AppError } from "../errors";

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}
